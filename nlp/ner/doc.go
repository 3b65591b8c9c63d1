// Package ner is dyad's named-entity recogniser: it finds the names of
// people (PER), organisations (ORG) and locations (LOC) in a tokenized,
// part-of-speech tagged sentence, as Universal NER annotates them.
//
// It is a greedy left-to-right averaged perceptron (nlp/perceptron) over
// BILOU labels (Begin, Inside, Last, Unit, O), in the style of the tagger
// (nlp/tag): each word's label is the best of those that the previous label
// allows, scored from features of the word (form, affixes, shape,
// capitalisation, the capitalisation of its sentence), its neighbours within
// two words, their part-of-speech tags and word classes (nlp/cluster), the
// two labels to its left, and a gazetteer learned from the training data:
// how often a word, and a run of words, was (part of) a name of each type.
//
// Gazetteer features of training sentences come from the other documents of
// the training data only (jackknifing over folds of whole documents), so
// that the model learns to trust them as much as they deserve on new text.
// Training also hides the identity of a fifth of the words at random (word
// dropout), so that the model learns from shapes and contexts as well as
// from the names it has seen.
//
// Sentences are recognised one at a time: the package knows nothing of
// documents, tokenization or tagging, and the spans it returns index the
// sentence's words. ReadIOB2 reads training and evaluation data; package
// eval/ner scores the results.
//
// # Accuracy
//
// Trained on the pre-release UNER English-EWT training file (12,543
// sentences; its OTH type and stray B-O tags read as O) with the tags and
// word classes of the English bundle, the recogniser scores, exact-span
// micro F1 as conlleval computes it: dev 0.636 (PER 0.739, ORG 0.370, LOC
// 0.682), test 0.675 (PER 0.781, ORG 0.460, LOC 0.713). Training takes
// under half a minute on one core; the model file is under 2 MB.
//
// These fall short of the targets of F1 0.72 overall and 0.85 for PER.
// Measured on dev and averaged over three seeds, the score sits at 0.64
// within a point whatever else was tried: a second pass over first-pass
// labels, beam search, IOB2 instead of BILOU labels, features of how a word
// is capitalised in unlabelled news text or elsewhere in its document,
// capitalised runs, character n-grams, finer word classes, the PETRARCH
// actor dictionaries as a name list, part-of-speech tags jackknifed rather
// than from the bundle's tagger, margin updates. The gazetteer (+1.2
// points), word classes (+2) and part-of-speech tags (+1.5) helped. The
// learning curve gains about 3.5 points per doubling of the training data.
package ner
