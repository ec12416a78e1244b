// berkas contoh
/// [basis-data]
const basisData = { host: 'localhost', nama: 'sidesa' };
/// [basis-data]
module.exports = basisData;
