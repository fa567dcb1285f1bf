// Live preview of a policy draft: the server renders and sanitises the Markdown exactly as it will be published.
// Without JavaScript, saving the draft shows the same preview.
for (const textarea of document.querySelectorAll('textarea[data-preview]')) {
  const target = document.getElementById(textarea.dataset.preview);
  const token = textarea.form.querySelector('input[name="__RequestVerificationToken"]').value;
  let timer;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const body = new URLSearchParams({ body: textarea.value, __RequestVerificationToken: token });
      const response = await fetch(target.dataset.previewUrl, { method: 'POST', body, credentials: 'same-origin' });
      if (response.ok) {
        target.innerHTML = await response.text();
      }
    }, 400);
  });
}
