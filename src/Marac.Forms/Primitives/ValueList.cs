using System.Collections;
using System.Text.Json.Serialization;
using Marac.Forms.Json;

namespace Marac.Forms;

/// <summary>
/// An immutable list that compares by its items, so records holding lists compare by value.
/// The default value is an empty list, never null.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[JsonConverter(typeof(ValueListJsonConverterFactory))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items) => this.items = items.ToArray();

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <inheritdoc />
    public int Count => items?.Length ?? 0;

    /// <summary>True when the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => (items ?? Array.Empty<T>())[index];

    /// <summary>A list with <paramref name="item"/> added at the end.</summary>
    public ValueList<T> Add(T item) => new(this.Concat(new[] { item }));

    /// <summary>Converts an array (copied).</summary>
    public static implicit operator ValueList<T>(T[] items) => new(items);

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
}
