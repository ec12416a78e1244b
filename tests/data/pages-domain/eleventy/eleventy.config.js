module.exports = function (eleventyConfig) {
  // Berkas di public/ (termasuk CNAME untuk GitHub Pages) disalin ke akar situs.
  eleventyConfig.addPassthroughCopy({ "./public/": "/" });
  eleventyConfig.addPassthroughCopy("src/gambar");

  return {
    dir: { input: "src", output: "_site" },
  };
};
