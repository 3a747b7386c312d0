// The demo's mode switch: sets the runner's mode attribute, as any page script could.
const runner = document.querySelector('#runner');
for (const button of document.querySelectorAll('[data-mode]')) {
  button.addEventListener('click', () => {
    runner.setAttribute('mode', button.dataset.mode);
    for (const other of document.querySelectorAll('[data-mode]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
