using FsCheck;
using FsCheck.Fluent;

namespace SupportPlan.Testing;

/// <summary>Runs FsCheck properties from plain xunit facts, throwing on the first counter-example (with its seed).</summary>
public static class Properties
{
    /// <summary>The default number of cases per property; kept modest so the whole suite stays fast.</summary>
    public const int DefaultCases = 100;

    /// <summary>Checks that <paramref name="assertion"/> holds (does not throw) for generated values.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="assertion">The property, as assertions.</param>
    /// <param name="cases">How many cases.</param>
    public static void ForAll<T>(Gen<T> gen, Action<T> assertion, int cases = DefaultCases) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(gen.ToArbitrary(), assertion));

    /// <summary>Checks that <paramref name="predicate"/> is true for generated values.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="predicate">The property.</param>
    /// <param name="cases">How many cases.</param>
    public static void ForAll<T>(Gen<T> gen, Func<T, bool> predicate, int cases = DefaultCases) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(gen.ToArbitrary(), predicate));
}
