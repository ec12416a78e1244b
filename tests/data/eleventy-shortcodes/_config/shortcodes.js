const Image = require("@11ty/eleventy-img");
const md = require("markdown-it")({ html: true });

// Gambar responsif (pola dokumentasi eleventy-img).
async function gambarShortcode(src, alt, widths = [400, 800], sizes = "100vw") {
  const metadata = await Image(src, { widths, formats: ["webp", "jpeg"], outputDir: "./_site/img/" });
  const atribut = { alt, sizes, loading: "lazy", decoding: "async" };
  return Image.generateHTML(metadata, atribut);
}

module.exports = function (eleventyConfig) {
  eleventyConfig.addShortcode("tahun", () => `${new Date().getFullYear()}`);
  eleventyConfig.addNunjucksShortcode("garis", () => '<hr class="pemisah">');
  eleventyConfig.addAsyncShortcode("gambar", gambarShortcode);
  // Markdown di dalam templat Nunjucks: {% markdown %}…{% endmarkdown %}.
  eleventyConfig.addPairedShortcode("markdown", (content, inline = null) => {
    return inline ? md.renderInline(content.trim()) : md.render(content.trim());
  });
  eleventyConfig.addShortcode("lokasi", function (lintang, bujur) {
    return '<div class="peta" data-lat="' + lintang + '" data-lng="' + bujur + '"></div>';
  });
};
