// fromArtifacts builds the model a model.json describes (tfjs's
// modelTopology, or Keras's model_config), for tfjslint's simulator: its
// layers from their configs, without weights (the simulator has shapes,
// not values). Initializers, regularizers and constraints do not change
// shapes and are left to their defaults.
(function (tf) {
  'use strict';
  const DROPPED = /(_initializer|_regularizer|_constraint)$/;
  // tfjs's convertPythonicToTs: keys and string values are camelCased
  // (channels_last → channelsLast), names kept.
  const camel = (k) => (k.length <= 1 || k.indexOf('_') < 0 ? k : k.replace(/[_]+(\w|$)/g, (_, c) => c.toUpperCase()));
  function convert(v) {
    if (typeof v === 'string') return camel(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object') {
      if (v.class_name != null && v.config != null && Object.keys(v).length <= 3) {
        // A nested serialized object (an activation layer config, a
        // cell): its class and config, camelCased.
        return { className: v.class_name, config: convert(v.config) };
      }
      const out = {};
      for (const k of Object.keys(v)) {
        if (DROPPED.test(k) || k === 'dtype') continue;
        out[camel(k)] = k === 'name' && typeof v[k] === 'string' ? v[k] : convert(v[k]);
      }
      return out;
    }
    return v;
  }
  // factory is the tf.layers function for a Keras class name.
  function factory(className) {
    const special = { InputLayer: 'inputLayer', ReLU: 'reLU', PReLU: 'prelu', LeakyReLU: 'leakyReLU', ELU: 'elu' };
    let name = special[className];
    if (!name) {
      name = /^[A-Z0-9]+$/.test(className) ? className.toLowerCase() : className[0].toLowerCase() + className.slice(1);
      name = name.replace(/(\d)D/g, '$1d');
    }
    const f = tf.layers[name];
    if (typeof f !== 'function') throw new Error(`Unknown layer: ${className}. This may be due to one of the following reasons:\n1. The layer is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.\n2. The custom layer is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().`);
    return f;
  }
  function layerConfig(cfg) {
    const c = convert(cfg);
    // Keras writes the activation as a string, as tfjs takes it.
    if (c.cell && c.cell.config) c.cell = c.cell.config;
    return c;
  }
  function build(topology) {
    if (topology.model_config) topology = topology.model_config;
    const cls = topology.class_name;
    const config = topology.config;
    if (cls === 'Sequential') {
      const layers = Array.isArray(config) ? config : config.layers;
      const model = tf.sequential({ name: Array.isArray(config) ? undefined : config.name });
      for (const l of layers) {
        if (l.class_name === 'InputLayer') {
          const c = convert(l.config);
          model.add(tf.layers.inputLayer({ batchInputShape: c.batchInputShape || c.batchShape, name: c.name }));
          continue;
        }
        model.add(layerOf(l));
      }
      return model;
    }
    if (cls === 'Model' || cls === 'Functional') return functional(config);
    throw new Error(`Unknown model class: ${cls}`);
  }
  function layerOf(l) {
    if (l.class_name === 'Sequential' || l.class_name === 'Model' || l.class_name === 'Functional') return build(l);
    return factory(l.class_name)(layerConfig(l.config));
  }
  function functional(config) {
    const made = {};
    const outputs = {}; // layer name -> its output per node
    for (const l of config.layers) {
      const name = l.name || (l.config && l.config.name);
      if (l.class_name === 'InputLayer') {
        const c = convert(l.config);
        outputs[name] = [tf.input({ batchShape: c.batchInputShape || c.batchShape, name })];
        continue;
      }
      made[name] = layerOf(l);
      outputs[name] = [];
      for (const node of l.inbound_nodes || []) {
        // Keras 2: [[name, node, tensor, kwargs], …]; Keras 3: {args: …}.
        const refs = Array.isArray(node) ? node : [];
        const ins = refs.map((r) => outputs[r[0]][r[1] || 0]);
        const x = ins.length === 1 ? ins[0] : ins;
        let out = made[name].apply(x);
        outputs[name].push(out);
      }
    }
    const pick = (refs) => refs.map((r) => {
      const out = outputs[r[0]][r[1] || 0];
      return Array.isArray(out) ? out[r[2] || 0] : out;
    });
    const ins = pick(config.input_layers);
    const outs = pick(config.output_layers);
    return tf.model({ inputs: ins.length === 1 ? ins[0] : ins, outputs: outs.length === 1 ? outs[0] : outs, name: config.name });
  }
  return function fromArtifacts(json) {
    const topology = json.modelTopology || json;
    if (topology == null || (topology.class_name == null && topology.model_config == null)) {
      throw new Error('The JSON contains neither model topology or manifest for weights.');
    }
    return build(topology);
  };
})
