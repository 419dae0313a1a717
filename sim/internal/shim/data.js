// tf.data for tfjslint's simulator: a line-for-line port of tfjs-data
// 4.22.0's Dataset and LazyIterator classes (dataset.js, lazy_iterator.js,
// deep_map.js, deep_clone.js, ring_buffer.js). It is JavaScript because
// the order in which its promises settle decides when element tensors are
// cloned, stacked and disposed, which the memory trace must reproduce;
// every tensor operation goes to the simulator's Go `tf`.
(function (tf, sim) {
  'use strict';

  const isTensor = (x) => x instanceof tf.Tensor;

  // Tensor.data(), array() and buffer() as tfjs writes them: async
  // functions over the backend's async read, so their promises settle on
  // the same microtask as in tfjs.
  const read = async (t) => t.dataSync();
  tf.Tensor.prototype.data = async function data() {
    this.throwIfDisposed();
    const data = read(this);
    return data;
  };
  tf.Tensor.prototype.array = async function array() {
    await this.data();
    return this.arraySync();
  };
  tf.Tensor.prototype.buffer = async function buffer() {
    await this.data();
    return this.bufferSync();
  };
  const isPromise = (x) => x != null && typeof x.then === 'function';

  // seedrandom's alea generator, as tfjs-data seeds its shuffles with it:
  // with the same seed the simulator shuffles in the same order.
  function Mash() {
    let n = 0xefc8249d;
    return function (data) {
      data = String(data);
      for (let i = 0; i < data.length; i++) {
        n += data.charCodeAt(i);
        let h = 0.02519603282416938 * n;
        n = h >>> 0;
        h -= n;
        h *= n;
        n = h >>> 0;
        h -= n;
        n += h * 0x100000000;
      }
      return (n >>> 0) * 2.3283064365386963e-10;
    };
  }
  function alea(seed) {
    const me = {};
    let mash = Mash();
    me.c = 1;
    me.s0 = mash(' ');
    me.s1 = mash(' ');
    me.s2 = mash(' ');
    me.s0 -= mash(seed);
    if (me.s0 < 0) me.s0 += 1;
    me.s1 -= mash(seed);
    if (me.s1 < 0) me.s1 += 1;
    me.s2 -= mash(seed);
    if (me.s2 < 0) me.s2 += 1;
    mash = null;
    const prng = () => {
      const t = 2091639 * me.s0 + me.c * 2.3283064365386963e-10;
      me.s0 = me.s1;
      me.s1 = me.s2;
      return (me.s2 = t - (me.c = t | 0));
    };
    prng.int32 = () => (prng() * 0x100000000) | 0;
    return prng;
  }

  function isIterable(obj) {
    return obj != null && !ArrayBuffer.isView(obj) &&
      (Array.isArray(obj) || (typeof obj === 'object' && !isTensor(obj) && !(obj instanceof Promise)));
  }
  function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
  function canTensorify(obj) {
    return obj == null || isPrimitive(obj) || Array.isArray(obj) || (typeof obj === 'object' && isTensor(obj)) ||
      ArrayBuffer.isView(obj);
  }

  function deepMapInternal(input, mapFn, seen = new Map(), containedIn = new Set()) {
    if (input == null) return null;
    if (containedIn.has(input)) throw new Error('Circular references are not supported.');
    if (seen.has(input)) return seen.get(input);
    const result = mapFn(input);
    if (result.recurse && result.value !== null) {
      throw new Error('A deep map function may not return both a value and recurse=true.');
    }
    if (!result.recurse) {
      seen.set(input, result.value);
      return result.value;
    } else if (isIterable(input)) {
      const mapped = Array.isArray(input) ? [] : {};
      containedIn.add(input);
      for (const k in input) mapped[k] = deepMapInternal(input[k], mapFn, seen, containedIn);
      containedIn.delete(input);
      if (Object.getPrototypeOf(input)) Object.setPrototypeOf(mapped, Object.getPrototypeOf(input));
      return mapped;
    }
    throw new Error(`Can't recurse into non-iterable type: ${input}`);
  }
  const deepMap = (input, mapFn) => deepMapInternal(input, mapFn);

  function deepZipInternal(inputs, zipFn, containedIn = new Set()) {
    const input = inputs[0];
    if (containedIn.has(input)) throw new Error('Circular references are not supported.');
    const result = zipFn(inputs);
    if (result.recurse && result.value !== null) {
      throw new Error('A deep zip function may not return both a value and recurse=true.');
    }
    if (!result.recurse) return result.value;
    if (isIterable(input)) {
      const mapped = Array.isArray(input) ? [] : {};
      containedIn.add(input);
      for (const k in input) mapped[k] = deepZipInternal(inputs.map((x) => x[k]), zipFn, containedIn);
      containedIn.delete(input);
      return mapped;
    }
    throw new Error(`Can't recurse into non-iterable type: ${input}`);
  }
  const deepZip = (inputs, zipFn = zipToList) => deepZipInternal(inputs, zipFn);
  function zipToList(x) {
    if (x === null) return null;
    if (isIterable(x[0])) return { value: null, recurse: true };
    return { value: x, recurse: false };
  }

  async function deepMapAndAwaitAll(input, mapFn) {
    const seen = new Map();
    deepMapInternal(input, mapFn, seen);
    for (const key of Array.from(seen.keys())) {
      const value = seen.get(key);
      if (isPromise(value)) seen.set(key, await value);
    }
    return deepMapInternal(input, mapFn, seen);
  }

  function cloneIfTensor(item) {
    if (isTensor(item)) return { value: item.clone(), recurse: false };
    if (isIterable(item)) return { value: null, recurse: true };
    return { value: item, recurse: false };
  }
  const deepClone = (container) => deepMap(container, cloneIfTensor);

  class RingBuffer {
    constructor(capacity) {
      this.capacity = capacity;
      this.begin = 0;
      this.end = 0;
      if (capacity == null) throw new RangeError("Can't create a ring buffer of unknown capacity.");
      if (capacity < 1) throw new RangeError("Can't create ring buffer of capacity < 1.");
      this.data = new Array(capacity);
      this.doubledCapacity = 2 * capacity;
    }
    wrap(index) {
      while (index < 0) index += this.doubledCapacity;
      return index % this.doubledCapacity;
    }
    get(index) { return this.data[index % this.capacity]; }
    set(index, value) { this.data[index % this.capacity] = value; }
    length() {
      let length = this.end - this.begin;
      if (length < 0) length = this.doubledCapacity + length;
      return length;
    }
    isFull() { return this.length() === this.capacity; }
    isEmpty() { return this.length() === 0; }
    push(value) {
      if (this.isFull()) throw new RangeError('Ring buffer is full.');
      this.set(this.end, value);
      this.end = this.wrap(this.end + 1);
    }
    pop() {
      if (this.isEmpty()) throw new RangeError('Ring buffer is empty.');
      this.end = this.wrap(this.end - 1);
      const result = this.get(this.end);
      this.set(this.end, undefined);
      return result;
    }
    shift() {
      if (this.isEmpty()) throw new RangeError('Ring buffer is empty.');
      const result = this.get(this.begin);
      this.set(this.begin, undefined);
      this.begin = this.wrap(this.begin + 1);
      return result;
    }
    shuffleExcise(relativeIndex) {
      if (this.isEmpty()) throw new RangeError('Ring buffer is empty.');
      const index = this.wrap(this.begin + relativeIndex);
      const result = this.get(index);
      this.set(index, this.pop());
      return result;
    }
  }

  class LazyIterator {
    async toArray() {
      const result = [];
      let x = await this.next();
      while (!x.done) {
        result.push(x.value);
        x = await this.next();
      }
      return result;
    }
    async resolveFully() {
      let x = await this.next();
      while (!x.done) x = await this.next();
    }
    filter(predicate) { return new FilterIterator(this, predicate); }
    map(transform) { return new MapIterator(this, transform); }
    mapAsync(transform) { return new AsyncMapIterator(this, transform); }
    async forEachAsync(f) { return this.map(f).resolveFully(); }
    rowMajorBatch(batchSize, smallLastBatch = true) { return new RowMajorBatchIterator(this, batchSize, smallLastBatch); }
    columnMajorBatch(batchSize, smallLastBatch = true, zipFn = zipToList) {
      return this.rowMajorBatch(batchSize, smallLastBatch).map((x) => deepZip(x, zipFn));
    }
    concatenate(iterator) { return new ChainedIterator(iteratorFromItems([this, iterator])); }
    take(count) { return count < 0 || count == null ? this : new TakeIterator(this, count); }
    skip(count) { return count < 0 || count == null ? this : new SkipIterator(this, count); }
    prefetch(bufferSize) { return new PrefetchIterator(this, bufferSize); }
    shuffle(windowSize, seed) { return new ShuffleIterator(this, windowSize, seed); }
  }

  class ArrayIterator extends LazyIterator {
    constructor(items) { super(); this.items = items; this.trav = 0; }
    async next() {
      if (this.trav >= this.items.length) return { value: null, done: true };
      const item = this.items[this.trav];
      this.trav++;
      return { value: deepClone(item), done: false };
    }
  }

  class FunctionCallIterator extends LazyIterator {
    constructor(nextFn) { super(); this.nextFn = nextFn; }
    async next() {
      try {
        return this.nextFn();
      } catch (e) {
        e.message = `Error thrown while iterating through a dataset: ${e.message}`;
        throw e;
      }
    }
  }

  class SkipIterator extends LazyIterator {
    constructor(upstream, maxCount) {
      super();
      this.upstream = upstream;
      this.maxCount = maxCount;
      this.count = 0;
      this.lastRead = Promise.resolve({ value: null, done: false });
    }
    async next() {
      this.lastRead = this.lastRead.then(() => this.serialNext());
      return this.lastRead;
    }
    async serialNext() {
      while (this.count++ < this.maxCount) {
        const skipped = await this.upstream.next();
        if (skipped.done) return skipped;
        tf.dispose(skipped.value);
      }
      return this.upstream.next();
    }
  }

  class TakeIterator extends LazyIterator {
    constructor(upstream, maxCount) { super(); this.upstream = upstream; this.maxCount = maxCount; this.count = 0; }
    async next() {
      if (this.count++ >= this.maxCount) return { value: null, done: true };
      return this.upstream.next();
    }
  }

  class RowMajorBatchIterator extends LazyIterator {
    constructor(upstream, batchSize, enableSmallLastBatch = true) {
      super();
      this.upstream = upstream;
      this.batchSize = batchSize;
      this.enableSmallLastBatch = enableSmallLastBatch;
      this.lastRead = Promise.resolve({ value: null, done: false });
    }
    async next() {
      this.lastRead = this.lastRead.then(() => this.serialNext());
      return this.lastRead;
    }
    async serialNext() {
      const batch = [];
      while (batch.length < this.batchSize) {
        const item = await this.upstream.next();
        if (item.done) {
          if (this.enableSmallLastBatch && batch.length > 0) return { value: batch, done: false };
          return { value: null, done: true };
        }
        batch.push(item.value);
      }
      return { value: batch, done: false };
    }
  }

  class FilterIterator extends LazyIterator {
    constructor(upstream, predicate) {
      super();
      this.upstream = upstream;
      this.predicate = predicate;
      this.lastRead = Promise.resolve({ value: null, done: false });
    }
    async next() {
      this.lastRead = this.lastRead.then(() => this.serialNext());
      return this.lastRead;
    }
    async serialNext() {
      while (true) {
        const item = await this.upstream.next();
        if (item.done || this.predicate(item.value)) return item;
        tf.dispose(item.value);
      }
    }
  }

  function disposeUnused(input, output) {
    const outputTensors = sim.tensorsIn(output);
    for (const t of sim.tensorsIn(input)) {
      if (outputTensors.indexOf(t) === -1) t.dispose();
    }
  }

  class MapIterator extends LazyIterator {
    constructor(upstream, transform) { super(); this.upstream = upstream; this.transform = transform; }
    async next() {
      const item = await this.upstream.next();
      if (item.done) return { value: null, done: true };
      const mapped = this.transform(item.value);
      disposeUnused(item.value, mapped);
      return { value: mapped, done: false };
    }
  }

  class AsyncMapIterator extends LazyIterator {
    constructor(upstream, transform) { super(); this.upstream = upstream; this.transform = transform; }
    async next() {
      const item = await this.upstream.next();
      if (item.done) return { value: null, done: true };
      const inputTensors = sim.tensorsIn(item.value);
      const mapped = await this.transform(item.value);
      const outputTensors = sim.tensorsIn(mapped);
      for (const t of inputTensors) {
        if (outputTensors.indexOf(t) === -1) t.dispose();
      }
      return { value: mapped, done: false };
    }
  }

  class ChainedIterator extends LazyIterator {
    constructor(iterators) { super(); this.lastRead = null; this.iterator = null; this.moreIterators = iterators; }
    async next() {
      this.lastRead = this.readFromChain(this.lastRead);
      return this.lastRead;
    }
    async readFromChain(lastRead) {
      await lastRead;
      if (this.iterator == null) {
        const iteratorResult = await this.moreIterators.next();
        if (iteratorResult.done) return { value: null, done: true };
        this.iterator = iteratorResult.value;
      }
      const itemResult = await this.iterator.next();
      if (itemResult.done) {
        this.iterator = null;
        return this.readFromChain(lastRead);
      }
      return itemResult;
    }
  }

  class ZipIterator extends LazyIterator {
    constructor(iterators) { super(); this.iterators = iterators; this.count = 0; this.currentPromise = null; }
    async nextState(afterState) {
      await afterState;
      let numIterators = 0;
      let iteratorsDone = 0;
      function getNext(container) {
        if (container instanceof LazyIterator) {
          const result = container.next();
          return {
            value: result.then((x) => {
              numIterators++;
              if (x.done) iteratorsDone++;
              return x.value;
            }),
            recurse: false,
          };
        }
        return { value: null, recurse: true };
      }
      const mapped = await deepMapAndAwaitAll(this.iterators, getNext);
      if (numIterators === iteratorsDone) return { value: null, done: true };
      if (iteratorsDone > 0) return { value: null, done: true };
      this.count++;
      return { value: mapped, done: false };
    }
    async next() {
      this.currentPromise = this.nextState(this.currentPromise);
      return this.currentPromise;
    }
  }

  class PrefetchIterator extends LazyIterator {
    constructor(upstream, bufferSize) { super(); this.upstream = upstream; this.bufferSize = bufferSize; this.buffer = new RingBuffer(bufferSize); }
    refill() {
      while (!this.buffer.isFull()) this.buffer.push(this.upstream.next());
    }
    next() {
      this.refill();
      return this.buffer.shift();
    }
  }

  class ShuffleIterator extends PrefetchIterator {
    constructor(upstream, windowSize, seed) {
      super(upstream, windowSize);
      this.upstreamExhausted = false;
      this.random = alea(seed || tf.util.now().toString());
      this.lastRead = Promise.resolve({ value: null, done: false });
    }
    async next() {
      this.lastRead = this.lastRead.then(() => this.serialNext());
      return this.lastRead;
    }
    async serialNext() {
      if (!this.upstreamExhausted) this.refill();
      while (!this.buffer.isEmpty()) {
        const chosenIndex = Math.floor(this.random() * this.buffer.length());
        const result = await this.buffer.shuffleExcise(chosenIndex);
        if (result.done) {
          this.upstreamExhausted = true;
        } else {
          this.refill();
          return result;
        }
      }
      return { value: null, done: true };
    }
  }

  const iteratorFromItems = (items) => new ArrayIterator(items);
  const iteratorFromFunction = (f) => new FunctionCallIterator(f);
  const iteratorFromConcatenated = (its) => new ChainedIterator(its);

  function batchConcat(arrays) {
    if (arrays.length === 0) throw new Error("Can't make a batch of zero elements.");
    if (isTensor(arrays[0])) return tf.stack(arrays);
    return tf.tensor(arrays);
  }
  function deepBatchConcat(rows) {
    if (rows === null) return null;
    if (canTensorify(rows[0])) return { value: batchConcat(rows), recurse: false };
    return { value: null, recurse: true };
  }

  class Dataset {
    constructor() { this.size = null; }
    batch(batchSize, smallLastBatch = true) {
      const base = this;
      if (!(batchSize > 0)) throw new Error(`batchSize needs to be positive, but it is\n      ${batchSize}`);
      let size;
      if (this.size === Infinity || this.size == null) size = this.size;
      else if (smallLastBatch) size = Math.ceil(this.size / batchSize);
      else size = Math.floor(this.size / batchSize);
      return datasetFromIteratorFn(async () => (await base.iterator()).columnMajorBatch(batchSize, smallLastBatch, deepBatchConcat), size);
    }
    concatenate(dataset) {
      const base = this;
      let size;
      if (this.size === Infinity || dataset.size === Infinity) size = Infinity;
      else if (this.size != null && dataset.size != null) size = this.size + dataset.size;
      else size = null;
      return datasetFromIteratorFn(async () => (await base.iterator()).concatenate(await dataset.iterator()), size);
    }
    filter(predicate) {
      const base = this;
      const size = this.size === Infinity ? Infinity : null;
      return datasetFromIteratorFn(async () => (await base.iterator()).filter((x) => tf.tidy(() => predicate(x))), size);
    }
    async forEachAsync(f) { return (await this.iterator()).forEachAsync(f); }
    map(transform) {
      const base = this;
      return datasetFromIteratorFn(async () => (await base.iterator()).map((x) => tf.tidy(() => transform(x))), this.size);
    }
    mapAsync(transform) {
      const base = this;
      return datasetFromIteratorFn(async () => (await base.iterator()).mapAsync(transform), this.size);
    }
    prefetch(bufferSize) {
      if (bufferSize == null) throw new RangeError('`Dataset.prefetch()` requires bufferSize to be specified.');
      const base = this;
      return datasetFromIteratorFn(async () => (await base.iterator()).prefetch(bufferSize), this.size);
    }
    repeat(count) {
      const base = this;
      let size;
      if (this.size != null && count > 0) size = this.size * count;
      else if (count === 0) size = 0;
      else if (this.size != null && (count === undefined || count < 0)) size = Infinity;
      else size = null;
      return datasetFromIteratorFn(async () => {
        const iteratorIterator = iteratorFromFunction(async () => ({ value: await base.iterator(), done: false }));
        return iteratorFromConcatenated(iteratorIterator.take(count));
      }, size);
    }
    skip(count) {
      const base = this;
      let size;
      if (this.size != null && count >= 0 && this.size >= count) size = this.size - count;
      else if (this.size != null && (this.size < count || count === undefined || count < 0)) size = 0;
      else size = null;
      return datasetFromIteratorFn(async () => (await base.iterator()).skip(count), size);
    }
    shuffle(bufferSize, seed, reshuffleEachIteration = true) {
      if (bufferSize == null || bufferSize < 0) {
        if (this.size == null) throw new RangeError('`Dataset.shuffle()` requires bufferSize to be specified.');
        throw new RangeError('`Dataset.shuffle()` requires bufferSize to be specified.  ' +
          'If your data fits in main memory (for regular JS objects), ' +
          'and/or GPU memory (for `tf.Tensor`s), consider setting ' +
          `bufferSize to the dataset size (${this.size} elements)`);
      }
      const base = this;
      const random = alea(seed || tf.util.now().toString());
      return datasetFromIteratorFn(async () => {
        let seed2 = random.int32();
        if (reshuffleEachIteration) seed2 += random.int32();
        return (await base.iterator()).shuffle(bufferSize, seed2.toString());
      }, this.size);
    }
    take(count) {
      const base = this;
      let size;
      if (this.size != null && this.size > count) size = count;
      else if (this.size != null && this.size <= count) size = this.size;
      else size = null;
      return datasetFromIteratorFn(async () => (await base.iterator()).take(count), size);
    }
    async toArray() {
      if (this.size === Infinity) throw new Error('Can not convert infinite data stream to array.');
      return (await this.iterator()).toArray();
    }
  }
  Dataset.MAX_BUFFER_SIZE = 10000;

  function datasetFromIteratorFn(iteratorFn, size = null) {
    return new (class extends Dataset {
      constructor() { super(); this.size = size; }
      async iterator() { return iteratorFn(); }
    })();
  }

  function array(items) {
    return datasetFromIteratorFn(async () => iteratorFromItems(items), items.length);
  }
  function zip(datasets) {
    if (!isIterable(datasets)) throw new Error('The argument to zip() must be an object or array.');
    let size;
    if (Array.isArray(datasets)) {
      for (let i = 0; i < datasets.length; i++) size = size == null ? datasets[i].size : Math.min(size, datasets[i].size);
    } else if (datasets instanceof Object) {
      for (const ds in datasets) size = size == null ? datasets[ds].size : Math.min(size, datasets[ds].size);
    }
    return datasetFromIteratorFn(async () => {
      const streams = await deepMapAndAwaitAll(datasets, (d) => {
        if (d instanceof Dataset) return { value: d.iterator(), recurse: false };
        if (isIterable(d)) return { value: null, recurse: true };
        throw new Error('Leaves of the structure passed to zip() must be Datasets, not primitives.');
      });
      return new ZipIterator(streams);
    }, size);
  }
  function func(f) {
    const iter = iteratorFromFunction(f);
    return datasetFromIteratorFn(async () => iter);
  }
  function generator(gen) {
    return datasetFromIteratorFn(async () => {
      const g = await gen();
      return iteratorFromFunction(() => g.next());
    });
  }


  // csv is tf.data.csv over a file's text (read by the host): rows as
  // tfjs's CSVDataset makes them — numbers where a field parses as one,
  // columnConfigs' dtype, default and isLabel ({xs, ys}).
  function splitCSVLine(line, delimiter, whitespace) {
    if (whitespace) return line.split(/\s+/).filter((f) => f !== '');
    if (line.indexOf('"') < 0) return line.split(delimiter); // most files: no quoting, and a native split is far faster
    const out = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) { out.push(field); field = ''; } else field += ch;
    }
    out.push(field);
    return out;
  }
  function csv(text, config = {}) {
    const delimiter = config.delimiter || ',';
    const whitespace = !!config.delimWhitespace;
    const hasHeader = config.hasHeader !== false;
    const lines = String(text).split(/\r?\n/).filter((l) => l.trim() !== '');
    let names = config.columnNames;
    if (!names) {
      if (!hasHeader) throw new Error('Column names must be provided if there is no header line.');
      names = splitCSVLine(lines[0], delimiter, whitespace).map((n) => n.trim());
    }
    const body = hasHeader ? lines.slice(1) : lines;
    const configs = config.columnConfigs || {};
    const only = !!config.configuredColumnsOnly;
    for (const key of Object.keys(configs)) {
      if (names.indexOf(key) < 0) throw new Error(`The key "${key}" provided in columnConfigs does not match any of the column names (${names}).`);
    }
    const bool = (v) => (v === '1' || String(v).toLowerCase() === 'true' ? 1 : 0);
    const parse = (line) => {
      const values = splitCSVLine(line, delimiter, whitespace);
      if (values.length !== names.length) {
        throw new Error(`Invalid row in csv file. Should have ${names.length} elements in a row, but got ${values}`);
      }
      const features = {};
      const labels = {};
      let hasLabel = false;
      names.forEach((key, i) => {
        const c = configs[key];
        if (only && !c) return;
        const value = values[i];
        let parsed;
        if (value === '') {
          if (c && c.default !== undefined) parsed = c.default;
          else if (c && (c.required || c.isLabel)) throw new Error(`Required column ${key} is empty in this line: ${line}`);
          else parsed = undefined;
        } else {
          const num = Number(value);
          if (isNaN(num)) parsed = c && c.dtype === 'bool' ? bool(value) : value;
          else if (!c || !c.dtype) parsed = num;
          else if (c.dtype === 'int32') parsed = Math.floor(num);
          else if (c.dtype === 'bool') parsed = bool(value);
          else parsed = num;
        }
        if (c && c.isLabel) { labels[key] = parsed; hasLabel = true; } else features[key] = parsed;
      });
      return hasLabel ? { xs: features, ys: labels } : features;
    };
    const ds = datasetFromIteratorFn(async () => iteratorFromItems(body.map(parse)), null);
    ds.columnNames = async () => names.slice();
    return ds;
  }

  return { Dataset, array, zip, func, generator, csv, LazyIterator };
})
