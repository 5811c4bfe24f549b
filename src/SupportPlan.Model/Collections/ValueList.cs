using System.Text.Json;
using System.Collections;
using System.Runtime.CompilerServices;

namespace SupportPlan.Model.Collections;

/// <summary>
/// An immutable list with value equality, used for every list in the plan model so that two plans with the same
/// content compare equal (<c>record</c> equality is otherwise reference equality for lists).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// The list implements <see cref="IList{T}"/> explicitly only so that System.Text.Json can fill it while reading;
/// its public surface is read-only. Build one with <see cref="ValueList.Create{T}(ReadOnlySpan{T})"/>, a
/// collection expression (<c>[a, b]</c>) or <see cref="ValueList.ToValueList{T}(IEnumerable{T})"/>.
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueList<T>>
{
    private readonly List<T> _items;
    private readonly bool _shared;

    /// <summary>Creates an empty list (used by deserializers; prefer <see cref="Empty"/>).</summary>
    public ValueList() => _items = [];

    internal ValueList(List<T> items) => _items = items;

    private ValueList(bool shared)
    {
        _items = [];
        _shared = shared;
    }

    /// <summary>The empty list.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "ValueList<T>.Empty mirrors ImmutableArray<T>.Empty.")]
    public static ValueList<T> Empty { get; } = new(shared: true);

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => _items[index];

    T IList<T>.this[int index]
    {
        get => _items[index];
        set => throw ReadOnly();
    }

    /// <summary>The number of elements.</summary>
    public int Count => _items.Count;

    /// <summary>Whether the list has no elements.</summary>
    public bool IsEmpty => _items.Count == 0;

    bool ICollection<T>.IsReadOnly => false;

    void ICollection<T>.Add(T item)
    {
        if (_shared)
        {
            throw ReadOnly();
        }

        // Deserializers add through here, and no list of the model holds nulls: System.Text.Json's nullable
        // annotations reach members, not list elements, so a null element is refused here, as an error at its path.
        if (item is null)
        {
            throw new JsonException("A list element is null; the model's lists hold no nulls.");
        }

        _items.Add(item);
    }

    void ICollection<T>.Clear() => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    /// <summary>Whether the list contains <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether it is present.</returns>
    public bool Contains(T item) => _items.Contains(item);

    /// <summary>The index of <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its index.</returns>
    public int IndexOf(T item) => _items.IndexOf(item);

    /// <summary>Copies the elements into an array.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">Where to start in the destination.</param>
    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <summary>A new list with the elements of this one that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">Which elements to keep.</param>
    /// <returns>The filtered list (this list when nothing is removed).</returns>
    public ValueList<T> Where(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var kept = _items.FindAll(x => predicate(x));
        return kept.Count == _items.Count ? this : new ValueList<T>(kept);
    }

    /// <summary>A new list with <paramref name="map"/> applied to every element.</summary>
    /// <param name="map">The transformation.</param>
    /// <returns>The mapped list.</returns>
    public ValueList<T> Map(Func<T, T> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new List<T>(_items.Count);
        foreach (var item in _items)
        {
            result.Add(map(item));
        }

        return new ValueList<T>(result);
    }

    /// <summary>A new list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The item to append.</param>
    /// <returns>The longer list.</returns>
    public ValueList<T> Append(T item) => new([.. _items, item]);

    /// <summary>Returns an enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Count != _items.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether they hold equal elements in the same order.</returns>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists element by element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";

    private static NotSupportedException ReadOnly() => new("ValueList<T> is immutable; build a new list instead.");
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list from a span (also the builder behind collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>([.. items]);

    /// <summary>Creates a list from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as ValueList<T> ?? new ValueList<T>([.. items]);
    }
}
