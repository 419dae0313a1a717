/* A library build the page's module imports (as tfjs-vis's UMD bundle). */
!function(t,e){"object"==typeof exports&&"object"==typeof module?module.exports=e():"function"==typeof define&&define.amd?define([],e):t.vis=e()}(self,function(){ return { render: {} }; });
//# sourceMappingURL=vis.umd.min.js.map
