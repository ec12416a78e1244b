export default function (eleventyConfig) {
  eleventyConfig.ignores.add("DRAF.md");
}
