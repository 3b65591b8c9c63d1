package ner

import (
	"os"
	"strconv"
	"strings"
)

var dropout, _ = strconv.ParseFloat(os.Getenv("NER_DROPOUT"), 64)

// temporary experiment switches; removed before shipping
var ablate = os.Getenv("NER_ABLATE")

func off(name string) bool { return strings.Contains(ablate, name) }
