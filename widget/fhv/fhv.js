// The host page acts on the widget's result: the Swedish estimate prefills the contact form.
// The event carries amounts, dates and categories only, never anything about a person.
const message = document.getElementById('kontakt-meddelande');
const widget = document.getElementById('kalkyl-sv');
const kr = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  maximumFractionDigits: 0,
});
widget?.addEventListener('stodkollen:estimate', (event) => {
  const { totals } = event.detail;
  if (message && !message.dataset.edited) {
    message.value = `Vi är intresserade av insatser för ${kr.format(totals.cost)}. Enligt kalkylen betalar Försäkringskassan ${kr.format(totals.fk)}, Afa Försäkring ${kr.format(totals.afa)} och vi ${kr.format(totals.employer)}.`;
  }
});
message?.addEventListener('input', () => {
  message.dataset.edited = 'true';
});
