// Turns the pupil's name into an autocomplete over the pupils at the school now, using GOV.UK's
// accessible-autocomplete (a combobox screen readers announce). Choosing a pupil fills the hidden PupilChoice;
// typing again clears it. Without JavaScript, or if the script fails, the "Find the pupil" button lists the
// matching pupils as radios instead, and the server asks for a choice whenever none was made.
const picker = document.querySelector('.rh-pupil-picker');
const original = picker?.querySelector('input[name="PupilName"]');
if (picker && original && window.accessibleAutocomplete) {
  const form = original.form;
  const url = picker.dataset.pupilSource;
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const hidden = () => form.querySelector('input[type="hidden"][name="PupilChoice"]');
  let latest = 0;

  const container = document.createElement('div');
  original.before(container);
  const id = original.id;
  const value = original.value;
  const errorClass = original.classList.contains('govuk-input--error') ? ' govuk-input--error' : '';
  original.remove();

  window.accessibleAutocomplete({
    element: container,
    id,
    name: 'PupilName',
    defaultValue: value,
    minLength: 2,
    autoselect: false,
    confirmOnBlur: false,
    showNoOptionsFound: true,
    inputClasses: 'govuk-input' + errorClass,
    tNoResults: () => 'No pupil at the school has this name: you can still declare the link with the name as typed',
    templates: {
      inputValue: (pupil) => (pupil ? pupil.name : ''),
      suggestion: (pupil) => (typeof pupil === 'string' ? escape(pupil) : `${escape(pupil.name)}, ${escape(pupil.yearGroup)}`),
    },
    source: (query, populate) => {
      const request = ++latest;
      fetch(`${url}?name=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : []))
        .then((pupils) => {
          if (request === latest) {
            populate(pupils);
          }
        })
        .catch(() => populate([]));
    },
    onConfirm: (pupil) => {
      if (!pupil) {
        return;
      }

      // Radios from an earlier search without JavaScript would contradict the choice: the autocomplete replaces them.
      document.getElementById('pupil-matches')?.remove();
      let field = hidden();
      if (!field) {
        field = document.createElement('input');
        field.type = 'hidden';
        field.name = 'PupilChoice';
        form.append(field);
      }

      field.value = String(pupil.id);
    },
  });

  // Pressing the mouse on "Find the pupil" would first blur the name and close the list of suggestions, moving the
  // button up from under the pointer before the click lands. Keeping the focus where it is keeps the button still.
  picker.querySelector('.rh-find-pupil')?.addEventListener('mousedown', (event) => event.preventDefault());

  document.getElementById(id).addEventListener('input', () => {
    const field = hidden();
    if (field) {
      field.value = '';
    }
  });
}
