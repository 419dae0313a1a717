// Loads the training data from a server.
export async function loadData() {
  const res = await fetch('https://example.com/houses.json');
  return res.json();
}
