import { describe, expect, it } from 'vitest'
import { fieldName } from '@shared/circuits/field-names'

const quoted = (key: PropertyKey) => `"${String(key)}"`

describe('a field’s name in words', () => {
  it('names an exercise’s field by its number in the list and its label', () => {
    expect(fieldName(['items', 0, 'sets'], quoted)).toBe('Exercise 1, Sets')
    expect(fieldName(['items', 2, 'secondsPerRep'], quoted)).toBe('Exercise 3, Own pace')
    expect(fieldName(['items', 4, 'variant'], quoted)).toBe('Exercise 5, Version')
  })

  it('names the exercise itself for the row and for its id', () => {
    expect(fieldName(['items', 1], quoted)).toBe('Exercise 2')
    expect(fieldName(['items', 1, 'exercise'], quoted)).toBe('Exercise 2')
  })

  it('names the circuit’s own fields by their labels, and the file as nothing', () => {
    expect(fieldName(['warmupSec'], quoted)).toBe('Warm-up')
    expect(fieldName(['restBetweenRoundsSec'], quoted)).toBe('Rest between rounds')
    expect(fieldName(['items'], quoted)).toBe('Exercises')
    expect(fieldName([], quoted)).toBe('')
  })

  it('quotes a key the format does not have, even one named like a built-in', () => {
    expect(fieldName(['colour'], quoted)).toBe('"colour"')
    expect(fieldName(['toString'], quoted)).toBe('"toString"')
    expect(fieldName(['items', 0, 'weight'], quoted)).toBe('Exercise 1, "weight"')
  })
})
