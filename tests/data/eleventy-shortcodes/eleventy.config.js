const shortcodes = require("./_config/shortcodes");

function denahEmbed(lokasi) {
  return `<iframe class="denah" src="https://peta.sukamaju.desa.id/embed/${lokasi}" loading="lazy"></iframe>`;
}

function imageShortcode(src, alt) {
  return `<img src="/img/${src}" alt="${alt}" loading="lazy">`;
}

module.exports = function (eleventyConfig) {
  eleventyConfig.addPlugin(shortcodes);

  // Video YouTube: hanya pemutar, tanpa teks.
  eleventyConfig.addShortcode("youtube", (id) => `<div class="video"><iframe src="https://www.youtube-nocookie.com/embed/${id}" allowfullscreen></iframe></div>`);

  // Kotak info: isinya saja yang tampil.
  eleventyConfig.addPairedShortcode("callout", function (content, jenis = "info") {
    return `<aside class="callout callout-${jenis}">${content}</aside>`;
  });

  // CSS khusus halaman, langsung dalam <style>.
  eleventyConfig.addPairedShortcode("gaya", (kode) => `<style>${kode}</style>`);

  // Catatan berjudul: judulnya teks dari parameter.
  eleventyConfig.addPairedShortcode("catatan", (content, judul) => `<div class="catatan"><strong>${judul}</strong>${content}</div>`);

  eleventyConfig.addShortcode("foto", imageShortcode);
  eleventyConfig.addShortcode("denah", denahEmbed);

  // Shortcode dengan awalan "desa_": {% desa_jadwal %}.
  eleventyConfig.namespace("desa_", () => {
    eleventyConfig.addShortcode("jadwal", (id) => `<iframe class="kalender" src="https://kalender.sukamaju.desa.id/embed/${id}"></iframe>`);
  });

  return {
    dir: { input: "src" },
    markdownTemplateEngine: "njk",
  };
};
