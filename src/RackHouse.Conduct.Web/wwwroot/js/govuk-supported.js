// Runs at the top of <body>: GOV.UK Frontend styles its components for JavaScript only when this class is present.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
