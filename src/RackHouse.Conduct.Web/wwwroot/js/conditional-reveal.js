// Shows the question under a radio only while that radio is chosen. GOV.UK Frontend's own conditional reveal sets
// aria-expanded on the radio, which ARIA does not allow on a radio (axe reports it as a critical violation; see
// alphagov/govuk-frontend#979), so radios name their conditional content with data-reveals instead of
// data-aria-controls. Without JavaScript the content simply stays visible.
for (const input of document.querySelectorAll('input[type="radio"][data-reveals]')) {
  const conditional = document.getElementById(input.dataset.reveals);
  const sync = () => conditional.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
  for (const radio of input.form.querySelectorAll('input[type="radio"]')) {
    if (radio.name === input.name) {
      radio.addEventListener('change', sync);
    }
  }

  sync();
}
