using System.Collections;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Marac.Forms.Json;

namespace Marac.Forms;

/// <summary>
/// An immutable list that compares by its items, so records holding lists compare by value.
/// The default value is an empty list, never null. Build one with a collection expression
/// (<c>[first, second]</c>), from an array, with <see cref="ValueList.Of{T}(T[])"/> or from any sequence.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[JsonConverter(typeof(ValueListJsonConverterFactory))]
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items) => this.items = items.ToArray();

    // Takes ownership of an array nobody else holds, so building a list copies its items once.
    private ValueList(T[] adopted, bool _) => items = adopted;

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <inheritdoc />
    public int Count => items?.Length ?? 0;

    /// <summary>True when the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => (items ?? Array.Empty<T>())[index];

    /// <summary>A new list with <paramref name="item"/> added at the end; this list is unchanged.</summary>
    public ValueList<T> Append(T item)
    {
        var longer = new T[Count + 1];
        items?.CopyTo(longer, 0);
        longer[Count] = item;
        return new ValueList<T>(longer, true);
    }

    /// <summary>
    /// Not available: the list is immutable, so an <c>Add</c> could only return a new list, and a collection
    /// initializer (<c>new ValueList&lt;T&gt; { item }</c>) would throw that list away and leave the list empty.
    /// </summary>
    [Obsolete("ValueList<T> is immutable, so a collection initializer would silently leave it empty. Use a collection expression [a, b], ValueList.Of(a, b), or Append(item), which returns a new list.", error: true)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValueList<T> Add(T item) => Append(item);

    /// <summary>Converts an array (copied).</summary>
    public static implicit operator ValueList<T>(T[] items) => new(items);

    internal static ValueList<T> Adopt(T[] items) => new(items, true);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in this)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Lists with equal items in the same order.</summary>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Lists that differ.</summary>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>The number of items; the items themselves may be personal data and are not printed.</summary>
    public override string ToString() => $"[{Count} item(s)]";
}

/// <summary>Creates <see cref="ValueList{T}"/> values.</summary>
public static class ValueList
{
    /// <summary>A list of the given items.</summary>
    public static ValueList<T> Of<T>(params T[] items) => new(items);

    /// <summary>A list holding a copy of <paramref name="items"/>; the compiler calls this for a collection expression such as <c>[first, second]</c>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Adopt(items.ToArray());
}
