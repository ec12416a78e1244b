export default function (eleventyConfig) {
  eleventyConfig.addBundle("simbol", { shortcodeName: "ikon", outputFileExtension: "svg" });
}
