export default function (eleventyConfig) {
  eleventyConfig.addBundle("css");
  eleventyConfig.addBundle("js");
  eleventyConfig.addBundle("html");
}
