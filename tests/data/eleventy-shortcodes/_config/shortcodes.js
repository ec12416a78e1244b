module.exports = function (eleventyConfig) {
  eleventyConfig.addShortcode("tahun", () => `${new Date().getFullYear()}`);
  eleventyConfig.addNunjucksShortcode("garis", () => '<hr class="pemisah">');
};
