namespace SupportPlan.Model.Text;

/// <summary>
/// The outcome of parsing text into a value: either the value or a <see cref="ParseError"/>, never an exception
/// for bad text.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T _value;

    private ParseResult(T value, ParseError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether parsing succeeded.</summary>
    public bool Success => Error is null;

    /// <summary>Why parsing failed, or <see langword="null"/> when it succeeded.</summary>
    public ParseError? Error { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed; the message carries the reason.</exception>
    public T Value => Error is null ? _value : throw new InvalidOperationException(Error.ToString());

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "ParseResult<T>.Ok(value) reads as intended, like Result<T>.Ok in other libraries.")]
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    /// <param name="error">Why it failed.</param>
    /// <returns>The result.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "See Ok.")]
    public static ParseResult<T> Fail(ParseError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="value">The value, or the default when parsing failed.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Error is null;
    }

    /// <inheritdoc />
    public bool Equals(ParseResult<T> other) =>
        EqualityComparer<T>.Default.Equals(_value, other._value) && Equals(Error, other.Error);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"{_value}" : Error.ToString();
}
