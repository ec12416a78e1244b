import { join } from "path";

const postsDirectory = join(process.cwd(), "_posts");
