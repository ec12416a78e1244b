export default {
	title: "Kabar Desa Sukamaju",
	url: "https://sukamaju.desa.id/",
	language: "id",
	description: "Berita dan catatan warga Desa Sukamaju.",
	buildYear: new Date().getFullYear(),
	author: {
		name: "Tim Kabar Desa",
		email: "kabar@sukamaju.desa.id",
		url: "https://sukamaju.desa.id/tentang/"
	}
}
