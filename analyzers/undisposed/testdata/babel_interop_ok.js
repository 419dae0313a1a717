// Babel output calls imported functions as (0, _tfjs.tidy)(…): still tf.tidy.
"use strict";

var _tfjs = require("@tensorflow/tfjs");

function normalize(x, mean, std) {
  return (0, _tfjs.tidy)(function () {
    return x.sub(mean).div(std);
  });
}

document.getElementById('go').addEventListener('click', function () {
  var raw = (0, _tfjs.tensor1d)([1, 2, 3]);
  var t = normalize(raw, 2, 1);
  console.log(t.dataSync());
  (0, _tfjs.dispose)([raw, t]);
});
