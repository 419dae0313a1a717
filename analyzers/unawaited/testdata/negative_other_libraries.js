// No TensorFlow.js here: a scikit-style regression library and a Mongo-style store.
import { LinearRegression, StandardScaler } from 'ml-regression-kit';
import { store } from './store.js';

const scaler = new StandardScaler();
const scikit = new LinearRegression();

export function fitPrices(rows) {
  const x = rows.map((r) => [r.sqft, r.rooms]);
  const y = rows.map((r) => r.price);
  scaler.fit(x);
  scikit.fit(scaler.transform(x), y);
  store.save('https://example.com/api/models', scikit.toJSON());
  return scikit.predict(scaler.transform([[1200, 3]]));
}

export function array(values) {
  const view = new DataView(values.buffer);
  view.data();
  return values.array();
}
