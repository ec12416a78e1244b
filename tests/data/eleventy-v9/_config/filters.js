import { DateTime } from "luxon";
export default function(eleventyConfig) {
	eleventyConfig.addFilter("readableDate", (dateObj, format, zone) => DateTime.fromJSDate(dateObj, { zone: zone || "utc" }).toFormat(format || "dd LLLL yyyy"));
	eleventyConfig.addFilter("filterTagList", (tags) => (tags || []).filter(tag => ["all", "posts"].indexOf(tag) === -1));
}
