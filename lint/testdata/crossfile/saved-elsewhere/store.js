// Another script of the page keeps what collect.js trains.
document.getElementById('keep').addEventListener('click', async () => {
  await classifier.save('indexeddb://classifier');
});
