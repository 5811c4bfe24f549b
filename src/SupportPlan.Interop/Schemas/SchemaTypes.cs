namespace SupportPlan.Interop.Schemas;

/// <summary>The JSON types a compiled schema can accept at all, through its <c>allOf</c> and alternatives.</summary>
internal static class SchemaTypes
{
    public static JsonTypes Accepted(SchemaNode node) => node.AcceptedCache ??= Compute(node, 0);

    private static JsonTypes Compute(SchemaNode node, int depth)
    {
        if (depth > 32)
        {
            return JsonTypes.Any; // a reference cycle through allOf/anyOf: no narrowing
        }

        var types = node.Types;
        if (node.AllOf is { } all)
        {
            foreach (var part in all)
            {
                types &= part.AcceptedCache ?? Compute(part, depth + 1);
            }
        }

        if (node.Alternatives is { } alternatives)
        {
            var union = JsonTypes.None;
            foreach (var alternative in alternatives)
            {
                union |= alternative.AcceptedCache ?? Compute(alternative, depth + 1);
            }

            types &= union;
        }

        return types;
    }
}
