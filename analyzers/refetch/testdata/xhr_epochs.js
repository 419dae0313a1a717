// Script page: an XMLHttpRequest for the same file per epoch.
function loadJSON(url) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url); // want "XMLHttpRequest\\.open\\(url\\) downloads the same URL"
    xhr.onload = () => resolve(JSON.parse(xhr.responseText));
    xhr.send();
  });
}

async function trainAll(model) {
  for (let epoch = 0; epoch < 10; epoch++) {
    const data = await loadJSON('training-data.json');
    await model.fit(tf.tensor2d(data.x), tf.tensor2d(data.y), {epochs: 1});
  }
}
