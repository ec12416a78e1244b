export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("css");
}
