const CleanCSS = require("clean-css");

module.exports = function (eleventyConfig) {
  // Shortcode milik situs dengan nama bundle: menggantikan bundle bawaan.
  eleventyConfig.addPairedShortcode("css", (code) => new CleanCSS({}).minify(code).styles);
  eleventyConfig.addPairedShortcode("html", (content) => `<div class="sisipan">${content}</div>`);
};
