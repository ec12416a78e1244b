const syntaxHighlight = require("@11ty/eleventy-plugin-syntaxhighlight");

module.exports = function (eleventyConfig) {
  eleventyConfig.addPlugin(syntaxHighlight);
  eleventyConfig.addShortcode("youtube", (id) => `<iframe src="https://www.youtube.com/embed/${id}"></iframe>`);
  eleventyConfig.addPairedShortcode("catatan", (content) => `<aside class="catatan">${content}</aside>`);
  return {
    dir: { input: "src", includes: "_includes", data: "_data", output: "_site" },
    markdownTemplateEngine: "liquid",
    htmlTemplateEngine: "njk",
  };
};
