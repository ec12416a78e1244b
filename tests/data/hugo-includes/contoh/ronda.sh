#!/bin/sh
echo "Jadwal ronda malam: Senin dan Kamis"
