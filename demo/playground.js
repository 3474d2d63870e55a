// Wires the playground's controls to the widget's attributes and logs its events.
const faq = document.getElementById('faq');
const form = document.getElementById('controls');
const log = document.getElementById('log');

await customElements.whenDefined('line-gov-faq');
const categorySelect = form.elements.category;
function fillCategories() {
  categorySelect.replaceChildren(new Option('（なし）', ''), ...faq.data.categories.map((c) => new Option(`${c.id}（${c.label}）`, c.id)));
}
fillCategories();

form.addEventListener('input', (event) => {
  const control = event.target;
  const name = control.name;
  if (name.startsWith('--')) {
    faq.style.setProperty(name, control.type === 'range' ? `${control.value}px` : control.value);
  } else if (control.type === 'checkbox') {
    faq.toggleAttribute(name, control.checked);
  } else if (control.value) {
    faq.setAttribute(name, control.value);
  } else {
    faq.removeAttribute(name);
  }
});
form.addEventListener('submit', (event) => event.preventDefault());

for (const type of ['faq-search', 'faq-toggle', 'faq-category', 'faq-feedback', 'faq-error', 'faq-ready']) {
  faq.addEventListener(type, (event) => {
    log.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(event.detail)}\n` + log.textContent;
    if (type === 'faq-ready') fillCategories();
    if (type === 'faq-search') form.elements.query.value = event.detail.query;
  });
}
