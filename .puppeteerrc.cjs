// Browsers come from Debian's packages; nothing may be downloaded at install time.
module.exports = { skipDownload: true };
