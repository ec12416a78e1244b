import ikon from "./_config/ikon.js";

export default function (eleventyConfig) {
  eleventyConfig.addBundle("css");
  eleventyConfig.addBundle("js");
  eleventyConfig.addBundle("html");
  // Ikon SVG dikumpulkan jadi satu sprite di tata letak.
  eleventyConfig.addBundle("svg");
  eleventyConfig.addPlugin(ikon);
}
