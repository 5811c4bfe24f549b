using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Tests.Collections;

public sealed class ValueListTests
{
    [Fact]
    public void Lists_with_the_same_elements_are_equal()
    {
        ValueList<string> a = ["x", "y"];
        ValueList<string> b = ["x", "y"];
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ["y", "x"]);
    }

    [Fact]
    public void The_list_cannot_be_changed_through_its_interfaces()
    {
        ValueList<int> list = [1, 2];
        IList<int> asList = list;
        Assert.Throws<NotSupportedException>(() => asList.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => asList[0] = 5);
        Assert.Throws<NotSupportedException>(() => ((ICollection<int>)ValueList<int>.Empty).Add(1));
        Assert.Empty(ValueList<int>.Empty);
    }

    [Fact]
    public void Append_and_where_return_new_lists()
    {
        ValueList<int> list = [1, 2, 3];
        Assert.Equal([1, 2, 3, 4], list.Append(4));
        Assert.Equal([2], list.Where(x => x % 2 == 0));
        Assert.Same(list, list.Where(_ => true));
        Assert.Equal([1, 2, 3], list);
    }
}
