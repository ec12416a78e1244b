module.exports = { basisData: 'sidesa', zonaWaktu: 'Asia/Jakarta' }
