module.exports = function (eleventyConfig) {
  eleventyConfig.ignores.add("DRAF.md");
  return { dir: { input: ".", output: "_site" } };
};
