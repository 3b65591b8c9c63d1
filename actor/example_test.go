package actor_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad/actor"
)

func Example() {
	d, err := actor.Default()
	if err != nil {
		panic(err)
	}
	date := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, phrase := range []string{
		"the North Korean Foreign Ministry",
		"Russia's defence minister",
		"Kwon Jong-gun, director general of the North Korean Foreign Ministry's department of US affairs",
		"a professor at the University of North Korean Studies",
		"Michael Jordan",
	} {
		m, _ := d.Resolve(phrase, date)
		fmt.Printf("%-10q %s\n", m.Code, phrase)
	}
	// Output:
	// "PRKGOV"   the North Korean Foreign Ministry
	// "RUSGOVMIL" Russia's defence minister
	// "PRKGOV"   Kwon Jong-gun, director general of the North Korean Foreign Ministry's department of US affairs
	// "KOREDU"   a professor at the University of North Korean Studies
	// ""         Michael Jordan
}

// A person resolves by the date of the document.
func ExampleDictionary_Resolve() {
	d, _ := actor.Default()
	for _, date := range []string{"2019-06-01", "2022-06-01", "2025-06-01"} {
		t, _ := actor.ParseDate(date)
		m, _ := d.Resolve("Donald Trump", t)
		fmt.Println(date, m.Code)
	}
	// Output:
	// 2019-06-01 USAGOV
	// 2022-06-01 USAELI
	// 2025-06-01 USAGOV
}

// A document's context settles "the North".
func ExampleDictionary_ResolveIn() {
	d, _ := actor.Default()
	t, _ := actor.ParseDate("2023-03-01")
	ctx := &actor.Context{Countries: []string{"KOR", "USA"}}
	for _, phrase := range []string{"the North", "the North's military"} {
		m, _ := d.ResolveIn(phrase, t, ctx)
		fmt.Println(m.Code, phrase)
	}
	m, ok := d.Resolve("the North", t)
	fmt.Printf("%q %v without context\n", m.Code, ok)
	// Output:
	// PRK the North
	// PRKMIL the North's military
	// "" false without context
}

// A user file in dyad's format extends or overrides the built-in data.
func ExampleDictionary_Add() {
	d, _ := actor.Default()
	user := `
# our analysts' additions
person PRK Kwon Jong Gun; Kwon Jong-gun
  role PRKGOV 2019..
org KOREDU Center for North Korean Studies at the Sejong Institute
`
	if err := d.Add(strings.NewReader(user), "user.txt"); err != nil {
		panic(err)
	}
	m, _ := d.Resolve("Kwon Jong-gun", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(m.Code, m.Person)
	// Output:
	// PRKGOV Kwon Jong Gun
}
