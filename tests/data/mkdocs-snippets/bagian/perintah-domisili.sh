cetak-surat --jenis domisili --nik "$NIK"
