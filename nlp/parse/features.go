package parse

import p "github.com/dyadproject/dyad/nlp/perceptron"

// features appends the features of state s (Zhang and Nivre 2011's
// templates, adapted to arc-hybrid: s0 and b0 are the candidates for an
// arc, s1 is the head candidate of a right-arc).
func features(fs []p.Feature, x *sentence, s *state) []p.Feature {
	lab := s.label
	child := func(c []int, i int) int {
		if i < 0 {
			return -1
		}
		return c[i]
	}
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0w, s0t, s1w, s1t, s2t := at(x.w, s0), at(x.t, s0), at(x.w, s1), at(x.t, s1), at(x.t, s2)
	b0w, b0t, b1w, b1t, b2w, b2t := at(x.w, b0), at(x.t, b0), at(x.w, b1), at(x.t, b1), at(x.w, b2), at(x.t, b2)
	s0u, b0u, s1u := at(x.u, s0), at(x.u, b0), at(x.u, s1)
	s0c, b0c, b1c, s1c := at(x.c, s0), at(x.c, b0), at(x.c, b1), at(x.c, s1)

	s0l1, s0l2 := child(s.lc1, s0), child(s.lc2, s0)
	s0r1, s0r2 := child(s.rc1, s0), child(s.rc2, s0)
	s1l1, s1r1, s1r2 := child(s.lc1, s1), child(s.rc1, s1), child(s.rc2, s1)
	b0l1, b0l2 := child(s.lc1, b0), child(s.lc2, b0)

	// distance between s0 and b0, and valencies
	var dist, s0vl, s0vr, b0vl, s1vr uint64 = none, none, none, none, none
	if s0 >= 0 && b0 >= 0 {
		d := b0 - s0
		if d > 6 {
			d = 6 + (d-6)/4
			if d > 10 {
				d = 10
			}
		}
		dist = uint64(d) + offset
	}
	if s0 >= 0 {
		s0vl, s0vr = uint64(s.nl[s0])+offset, uint64(s.nr[s0])+offset
	}
	if b0 >= 0 {
		b0vl = uint64(s.nl[b0]) + offset
	}
	if s1 >= 0 {
		s1vr = uint64(s.nr[s1]) + offset
	}
	var s0ls, s0rs, b0ls uint64 = none, none, none
	if s0 >= 0 {
		s0ls, s0rs = s.lset[s0]+offset, s.rset[s0]+offset
	}
	if b0 >= 0 {
		b0ls = s.lset[b0] + offset
	}
	s0l1t, s0r1t, b0l1t := at(x.t, s0l1), at(x.t, s0r1), at(x.t, b0l1)
	s0l1l, s0r1l, b0l1l := lab(s0l1), lab(s0r1), lab(b0l1)

	h := p.Hash
	fs = append(fs,
		h(0, 0, 0, 0),
		// single words
		h(1, s0w, s0t, 0), h(2, s0w, 0, 0), h(3, s0t, 0, 0),
		h(4, b0w, b0t, 0), h(5, b0w, 0, 0), h(6, b0t, 0, 0),
		h(7, b1w, b1t, 0), h(8, b1w, 0, 0), h(9, b1t, 0, 0),
		h(10, b2w, b2t, 0), h(11, b2w, 0, 0), h(12, b2t, 0, 0),
		h(13, s1w, s1t, 0), h(14, s1w, 0, 0), h(15, s1t, 0, 0),
		h(16, s0u, b0u, s1u),
		// word pairs
		h(20, s0w, s0t, b0w<<1^b0t), h(21, s0w, s0t, b0w), h(22, s0w, b0w, b0t),
		h(23, s0w, s0t, b0t), h(24, s0t, b0w, b0t), h(25, s0w, b0w, 0),
		h(26, s0t, b0t, 0), h(27, b0t, b1t, 0),
		h(28, s1w, s1t, s0w<<1^s0t), h(29, s1t, s0t, 0), h(30, s1w, s0w, 0),
		h(31, s1t, b0t, 0), h(32, s1w, b0w, 0), h(33, s1t, s0w, 0), h(34, s1w, s0t, 0),
		// three words
		h(40, b0t, b1t, b2t), h(41, s0t, b0t, b1t), h(42, s1t, s0t, b0t),
		h(43, s0t, s0l1t, b0t), h(44, s0t, s0r1t, b0t), h(45, s0t, b0t, b0l1t),
		h(46, s1t, s0t, s0l1t), h(47, s1t, s0t, s0r1t), h(48, s2t, s1t, s0t),
		h(49, s0w, b0t, b1t), h(50, s0t, b0w, b1t), h(51, s1t, at(x.t, s1r1), s0t),
		// distance
		h(60, s0w, dist, 0), h(61, s0t, dist, 0), h(62, b0w, dist, 0), h(63, b0t, dist, 0),
		h(64, s0w, b0w, dist), h(65, s0t, b0t, dist),
		// valency
		h(70, s0w, s0vr, 0), h(71, s0t, s0vr, 0), h(72, s0w, s0vl, 0), h(73, s0t, s0vl, 0),
		h(74, b0w, b0vl, 0), h(75, b0t, b0vl, 0), h(76, s1t, s1vr, 0),
		// children
		h(80, at(x.w, s0l1), 0, 0), h(81, s0l1t, 0, 0), h(82, s0l1l, 0, 0),
		h(83, at(x.w, s0r1), 0, 0), h(84, s0r1t, 0, 0), h(85, s0r1l, 0, 0),
		h(86, at(x.w, b0l1), 0, 0), h(87, b0l1t, 0, 0), h(88, b0l1l, 0, 0),
		h(89, at(x.w, s1r1), lab(s1r1), 0), h(90, at(x.t, s1l1), lab(s1l1), 0),
		// third order
		h(100, at(x.w, s0l2), 0, 0), h(101, at(x.t, s0l2), 0, 0), h(102, lab(s0l2), 0, 0),
		h(103, at(x.w, s0r2), 0, 0), h(104, at(x.t, s0r2), 0, 0), h(105, lab(s0r2), 0, 0),
		h(106, at(x.w, b0l2), 0, 0), h(107, at(x.t, b0l2), 0, 0), h(108, lab(b0l2), 0, 0),
		h(109, s0t, s0l1t, at(x.t, s0l2)), h(110, s0t, s0r1t, at(x.t, s0r2)),
		h(111, b0t, b0l1t, at(x.t, b0l2)), h(112, s1t, at(x.t, s1r1), at(x.t, s1r2)),
		// label sets
		h(120, s0w, s0rs, 0), h(121, s0t, s0rs, 0), h(122, s0w, s0ls, 0), h(123, s0t, s0ls, 0),
		h(124, b0w, b0ls, 0), h(125, b0t, b0ls, 0),
		h(126, s0t, s0l1l, s0r1l), h(127, b0t, b0l1l, s0t),
		// word classes
		h(130, s0c, 0, 0), h(131, b0c, 0, 0), h(132, b1c, 0, 0), h(133, s1c, 0, 0),
		h(134, s0c, b0c, 0), h(135, s0c, b0t, 0), h(136, s0t, b0c, 0), h(137, s1c, s0c, 0),
		h(138, b0c, b1c, 0), h(139, s1c, s0t, 0), h(140, s1t, s0c, 0),
	)
	return fs
}

// at returns the value of word i in v, none for no word.
func at(v []uint64, i int) uint64 {
	if i < 0 || i >= len(v) {
		return none
	}
	return v[i]
}

// label returns the value of word i's label, none for no word or label.
func (s *state) label(i int) uint64 {
	if i < 0 || s.labels[i] < 0 {
		return none
	}
	return uint64(s.labels[i]) + offset
}

// labelFeatures appends the features that label the arc from head h to
// dependent d made by transition k (left or right). The dependent's
// subtree is complete (arc-hybrid attaches a word after all its children),
// so its children's labels are known; the head's children so far give the
// label of the nearest sibling on the dependent's side. Every template is
// conjoined with the direction of the arc.
func labelFeatures(fs []p.Feature, x *sentence, s *state, k, h, d int) []p.Feature {
	lab := s.label
	dir := uint64(k) << 16
	hw, ht, hu, hc := x.w[h], x.t[h], x.u[h], x.c[h]
	dw, dt, du, dc := x.w[d], x.t[d], x.u[d], x.c[d]
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	if dist > 6 {
		dist = 6 + (dist-6)/4
		if dist > 10 {
			dist = 10
		}
	}
	dd := uint64(dist) + offset
	dl1, dr1 := s.lc1[d], s.rc1[d]
	sib, hset := s.rc1[h], s.rset[h]
	if k == left {
		sib, hset = s.lc1[h], s.lset[h]
	}
	dls, drs := s.lset[d]+offset, s.rset[d]+offset
	hset += offset
	dnl, dnr := uint64(min(s.nl[d], 3))+offset, uint64(min(s.nr[d], 3))+offset
	dp, dn, hp, hn := at(x.t, d-1), at(x.t, d+1), at(x.t, h-1), at(x.t, h+1)

	h3 := p.Hash
	fs = append(fs,
		h3(dir|0, 0, 0, 0),
		// head and dependent
		h3(dir|1, hw, ht, 0), h3(dir|2, hw, 0, 0), h3(dir|3, ht, 0, 0), h3(dir|4, hu, 0, 0),
		h3(dir|5, dw, dt, 0), h3(dir|6, dw, 0, 0), h3(dir|7, dt, 0, 0), h3(dir|8, du, 0, 0),
		h3(dir|9, ht, dt, 0), h3(dir|10, hw, dt, 0), h3(dir|11, ht, dw, 0), h3(dir|12, hw, dw, 0),
		h3(dir|13, ht, dt, dd), h3(dir|14, hu, du, dd), h3(dir|15, hu, du, 0),
		// the dependent's children
		h3(dir|20, dt, dls, 0), h3(dir|21, dt, drs, 0), h3(dir|22, ht, dt, dls), h3(dir|23, ht, dt, drs),
		h3(dir|24, dt, lab(dl1), at(x.t, dl1)), h3(dir|25, dt, lab(dr1), at(x.t, dr1)),
		h3(dir|26, at(x.w, dl1), dt, 0), h3(dir|27, at(x.w, dl1), ht, dt), h3(dir|28, dt, dnl, dnr),
		h3(dir|29, du, lab(dl1), lab(dr1)),
		// the head's nearest child on the dependent's side
		h3(dir|30, dt, lab(sib), 0), h3(dir|31, ht, dt, lab(sib)), h3(dir|32, ht, hset, 0), h3(dir|33, ht, dt, hset),
		// neighbours
		h3(dir|40, dt, dp, dn), h3(dir|41, ht, hp, hn), h3(dir|42, dt, ht, dn), h3(dir|43, dt, ht, dp),
		h3(dir|44, dw, dn, 0), h3(dir|45, hw, hn, 0),
		// word classes
		h3(dir|50, hc, dc, 0), h3(dir|51, dc, ht, 0), h3(dir|52, hc, dt, 0), h3(dir|53, dc, 0, 0),
		h3(dir|54, hc, 0, 0),
	)
	return fs
}
