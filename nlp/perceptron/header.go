package perceptron

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// The model files of the tagger, parser and recogniser share one layout:
// a JSON header on the first line (classes, lexicons, options), then the
// weights as Model.WriteTo writes them.

// WriteHeader writes h as the JSON header line of a model file.
func WriteHeader(w io.Writer, h any) (int64, error) {
	b, err := json.Marshal(h)
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// ReadHeader reads the JSON header line of a model file into h and returns
// a reader positioned at the weights.
func ReadHeader(r io.Reader, h any) (*bufio.Reader, error) {
	br := bufio.NewReader(r)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(line, h); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	return br, nil
}
