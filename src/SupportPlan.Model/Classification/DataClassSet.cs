using System.Text;

namespace SupportPlan.Model.Classification;

/// <summary>A set of <see cref="DataClass"/> values: small, immutable, with value equality.</summary>
public readonly struct DataClassSet : IEquatable<DataClassSet>
{
    private readonly int _bits;

    private DataClassSet(int bits) => _bits = bits;

    /// <summary>The empty set.</summary>
    public static DataClassSet None => default;

    /// <summary>Creates a set.</summary>
    /// <param name="classes">The classes.</param>
    /// <returns>The set.</returns>
    public static DataClassSet Of(params ReadOnlySpan<DataClass> classes)
    {
        var bits = 0;
        foreach (var c in classes)
        {
            bits |= 1 << (int)c;
        }

        return new DataClassSet(bits);
    }

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>Whether the set contains <paramref name="dataClass"/>.</summary>
    /// <param name="dataClass">The class.</param>
    /// <returns>True when present.</returns>
    public bool Contains(DataClass dataClass) => (_bits & (1 << (int)dataClass)) != 0;

    /// <summary>Whether the two sets share a class.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(DataClassSet other) => (_bits & other._bits) != 0;

    /// <summary>Whether every class of this set is in <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True when this is a subset.</returns>
    public bool IsSubsetOf(DataClassSet other) => (_bits & ~other._bits) == 0;

    /// <summary>The union.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>A set with the classes of both.</returns>
    public DataClassSet Union(DataClassSet other) => new(_bits | other._bits);

    /// <summary>The union with one class.</summary>
    /// <param name="dataClass">The class to add.</param>
    /// <returns>The larger set.</returns>
    public DataClassSet With(DataClass dataClass) => new(_bits | (1 << (int)dataClass));

    /// <summary>The classes, in enum order.</summary>
    /// <returns>The classes.</returns>
    public IReadOnlyList<DataClass> ToList()
    {
        var list = new List<DataClass>();
        foreach (var c in Enum.GetValues<DataClass>())
        {
            if (Contains(c))
            {
                list.Add(c);
            }
        }

        return list;
    }

    /// <inheritdoc />
    public bool Equals(DataClassSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataClassSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits;

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DataClassSet left, DataClassSet right) => left.Equals(right);

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DataClassSet left, DataClassSet right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("{");
        foreach (var c in ToList())
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }

            text.Append(c);
        }

        return text.Append('}').ToString();
    }
}
