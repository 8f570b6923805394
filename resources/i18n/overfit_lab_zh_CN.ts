<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BinaryDigitsTable</name>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="100"/>
        <source>digits k</source>
        <translation>位数 k</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="101"/>
        <source>values 2&lt;sup&gt;k&lt;/sup&gt;</source>
        <translation>可区分值 2&lt;sup&gt;k&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="103"/>
        <source>k binary digits tell 2^k values apart; the highlighted column is the smallest k with 2^k ≥ n.</source>
        <translation>k 位二进制数能区分 2^k 个值；加粗的一列是满足 2^k ≥ n 的最小 k。</translation>
    </message>
</context>
<context>
    <name>BinaryEntropyBox</name>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="119"/>
        <source>Binary entropy</source>
        <translation>二元熵</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="122"/>
        <source>Entropy of a coin that lands heads with probability p: H(p) = −p log p − (1 − p) log(1 − p); largest at p = 1/2.</source>
        <translation>正面朝上概率为 p 的硬币的熵：H(p) = −p log p − (1 − p) log(1 − p)；在 p = 1/2 时最大。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="127"/>
        <source>Probability p of heads; also set by dragging the red line.</source>
        <translation>正面朝上的概率 p；也可以拖动红线来设置。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="129"/>
        <source>p =</source>
        <translation>p =</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="132"/>
        <source>H(p) = −p log_b p − (1 − p) log_b(1 − p) at the chosen p.</source>
        <translation>所选 p 处的 H(p) = −p log_b p − (1 − p) log_b(1 − p)。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="136"/>
        <source>H(p) for p from 0 to 1. Drag the red line, or click the plot, to choose p. The mouse wheel scrolls the panel.</source>
        <translation>p 从 0 到 1 时的 H(p)。拖动红线或单击图表来选择 p。鼠标滚轮滚动面板。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="140"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="156"/>
        <source>H({p}) = {h}</source>
        <translation>H({p}) = {h}</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/binary_box.py" line="159"/>
        <source>H ({unit})</source>
        <translation>H ({unit})</translation>
    </message>
</context>
<context>
    <name>ClassPlot</name>
    <message>
        <location filename="../../gui/plane_plot.py" line="214"/>
        <source>Class 0</source>
        <extracomment>The colours of class 0 and class 1 (points, tint, legend). The strongest tint, where p is 0 or 1 (alpha out of 255). Grid points of the shading across the visible area (per side). Marker shapes of clusters 0..9, distinct enough to tell apart filled or hollow. The view&apos;s margin around the box and the points, a share of their extent on each side.</extracomment>
        <translation>类别 0</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="215"/>
        <source>Class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="216"/>
        <source>Test point (hollow)</source>
        <translation>测试点（空心）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="217"/>
        <source>Misclassified</source>
        <translation>分错的点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="218"/>
        <source>Boundary p = ½</source>
        <translation>决策边界 p = ½</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="220"/>
        <source>Cluster centroid</source>
        <translation>簇中心</translation>
    </message>
    <message>
        <location filename="../../gui/plane_plot.py" line="354"/>
        <source>No point there: {0} is beyond the limits of the app ({1}).</source>
        <translation>那里不能放点：{0} 超出了本程序的取值范围（{1}）。</translation>
    </message>
</context>
<context>
    <name>ClusterPanel</name>
    <message>
        <location filename="../../gui/cluster_panel.py" line="167"/>
        <source>&amp;Show clusters on the plane</source>
        <extracomment>Slider positions per unit of h (steps of 0.05).</extracomment>
        <translation>在平面上显示簇(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="170"/>
        <source>Each point keeps its class colour; its marker&apos;s shape shows its cluster, and the large markers are the centroids (the mean position of each cluster&apos;s points).</source>
        <translation>每个点保留其类别的颜色；标记的形状表示它所属的簇，大标记是簇中心（每个簇中各点的平均位置）。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="178"/>
        <source>&amp;K clusters</source>
        <translation>簇数 K(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="179"/>
        <source>S&amp;pace</source>
        <translation>空间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="180"/>
        <source>&amp;Height h</source>
        <translation>高度 h(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="181"/>
        <source>See&amp;d</source>
        <translation>种子(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="182"/>
        <source>&amp;Restarts</source>
        <translation>重启次数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="188"/>
        <source>The plane (z₁, z₂)</source>
        <translation>平面 (z₁, z₂)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="189"/>
        <source>Paraboloid (z₁, z₂, h·(z₁² + z₂²))</source>
        <translation>抛物面 (z₁, z₂, h·(z₁² + z₂²))</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="190"/>
        <source>Every monomial up to the degree, scaled</source>
        <translation>不超过该次数的所有单项式（已缩放）</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="196"/>
        <source>Where K-means measures distances. The paraboloid adds a height that grows with the distance from the centre. The polynomial lift uses every monomial z₁ⁱ z₂ʲ with 1 ≤ i + j ≤ D (the classifier&apos;s degree), each scaled to unit variance so that high powers count as much as low ones.</source>
        <translation>K 均值在哪个空间里度量距离。抛物面增加一个随离中心距离而增长的高度。多项式升维使用所有满足 1 ≤ i + j ≤ D（分类器的次数）的单项式 z₁ⁱ z₂ʲ，每一列都缩放到单位方差，使高次项和低次项同样重要。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="203"/>
        <source>h in the paraboloid (z₁, z₂, h·(z₁² + z₂²)), 0 to 5; at h = 0 it is the plane. The clustering follows the slider.</source>
        <translation>抛物面 (z₁, z₂, h·(z₁² + z₂²)) 中的 h，取值 0 到 5；h = 0 时就是平面。聚类结果随滑块实时变化。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="209"/>
        <source>Seed of the k-means++ seeding: the same seed gives the same clusters.</source>
        <translation>k-means++ 选初始中心所用的随机种子：同一个种子得到同样的簇。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="213"/>
        <source>Independent runs from new k-means++ seeds; the one with the lowest inertia is kept.</source>
        <translation>从新的 k-means++ 初始中心独立运行多次，保留惯性最小的那一次。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="217"/>
        <source>&amp;Cluster (best of the restarts)</source>
        <translation>聚类（取各次重启中最好的）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="220"/>
        <source>k-means++ seeds, then Lloyd&apos;s two steps until nothing changes, for every restart; the lowest inertia wins.</source>
        <translation>每次重启都先用 k-means++ 选初始中心，再反复执行 Lloyd 的两个步骤直到不再变化；惯性最小者胜出。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="224"/>
        <source>S&amp;eed</source>
        <translation>选初始中心(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="227"/>
        <source>Start over step by step: pick K seed points by k-means++ (each next seed far from the ones before).</source>
        <translation>从头开始一步一步来：用 k-means++ 选出 K 个初始中心（每个新中心都尽量远离已选的中心）。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="231"/>
        <source>&amp;Assign step</source>
        <translation>分配步(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="233"/>
        <source>Give every point to its nearest centroid (ties to the lowest number).</source>
        <translation>把每个点分给离它最近的中心（距离相同时分给编号最小的）。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="235"/>
        <source>&amp;Update step</source>
        <translation>更新步(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="238"/>
        <source>Move every centroid to the mean of its points (an empty cluster takes the point farthest from its own cluster&apos;s mean).</source>
        <translation>把每个中心移到其所属各点的均值处（空簇会接收离自己簇均值最远的那个点）。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="242"/>
        <source>Run to con&amp;vergence</source>
        <translation>运行到收敛(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="244"/>
        <source>Repeat both steps until an assignment changes nothing: a Lloyd fixed point.</source>
        <translation>重复这两个步骤，直到一次分配不再改变任何点：即 Lloyd 不动点。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="249"/>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="251"/>
        <source>Σᵢ ‖xᵢ − c(i)‖²: the squared distances of the points to their centroids, in the space clustered. K-means makes it smaller at every step.</source>
        <translation>Σᵢ ‖xᵢ − c(i)‖²：在聚类所用的空间里，各点到其中心的距离平方和。K 均值的每一步都让它变小。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="257"/>
        <source>Purity</source>
        <translation>纯度</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="259"/>
        <source>The share of points whose class is the most common class of their cluster: 1 when every cluster holds one class.</source>
        <translation>类别恰为其所在簇中最常见类别的点所占的比例：每个簇只含一个类别时为 1。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="265"/>
        <source>Adjusted Rand index</source>
        <translation>调整兰德指数</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="267"/>
        <source>Agreement of the clusters with the classes over all pairs of points, corrected for chance: 1 identical, about 0 random.</source>
        <translation>在所有点对上衡量簇与类别的一致程度，并扣除偶然一致：1 表示完全相同，约 0 表示随机。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="271"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="271"/>
        <source>Assignment steps taken, and the last step.</source>
        <translation>已执行的分配步数，以及最后一步是什么。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="294"/>
        <source>Classification: show clusters</source>
        <translation>分类：显示簇</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="297"/>
        <source>Classification: change K</source>
        <translation>分类：更改 K</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="301"/>
        <source>Classification: change the space clustered</source>
        <translation>分类：更改聚类所用的空间</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="307"/>
        <location filename="../../gui/cluster_panel.py" line="314"/>
        <source>Classification: change the height h</source>
        <translation>分类：更改高度 h</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="320"/>
        <source>Classification: change K-means seed</source>
        <translation>分类：更改 K 均值种子</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="323"/>
        <source>Classification: change restarts</source>
        <translation>分类：更改重启次数</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="366"/>
        <source>{0} (best of {1} restarts)</source>
        <translation>{0}（{1} 次重启中最好的）</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="369"/>
        <source>0 (seeded)</source>
        <translation>0（已选初始中心）</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="370"/>
        <source>{0} (after an assignment)</source>
        <translation>{0}（分配步之后）</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="371"/>
        <source>{0} (after an update)</source>
        <translation>{0}（更新步之后）</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="378"/>
        <source>Cannot cluster: {0}</source>
        <translation>无法聚类：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="380"/>
        <source>No points yet.</source>
        <translation>还没有点。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="384"/>
        <source>Clustering…</source>
        <translation>正在聚类…</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="389"/>
        <source>A fixed point: every point is nearest its own centroid, and every centroid is the mean of its points.</source>
        <translation>已到不动点：每个点离自己的中心最近，每个中心都是其所属各点的均值。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="395"/>
        <source>{0} points changed cluster. Next: an update step.</source>
        <translation>{0} 个点换了簇。下一步：更新步。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="398"/>
        <source>The centroids moved to the means. Next: an assignment step.</source>
        <translation>中心已移到均值处。下一步：分配步。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="400"/>
        <source>Seeded by k-means++. Next: an assignment step.</source>
        <translation>已用 k-means++ 选好初始中心。下一步：分配步。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="404"/>
        <source>On the plane each centroid is drawn at the mean position of its cluster&apos;s points: a whole ring&apos;s mean is its centre.</source>
        <translation>在平面上，每个中心画在其簇中各点的平均位置：整个环的均值就是环心。</translation>
    </message>
    <message>
        <location filename="../../gui/cluster_panel.py" line="409"/>
        <source>Degree 0 has no monomials to lift to: clustered in the plane.</source>
        <translation>0 次没有可升维的单项式：改在平面上聚类。</translation>
    </message>
</context>
<context>
    <name>CoefficientPanel</name>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="94"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="97"/>
        <source>Bar heights on a log scale: log₁₀ |coefₖ|. Shows small and huge coefficients together; exact zeros have no logarithm and keep their ring at the bottom.</source>
        <translation>柱高采用对数坐标：log₁₀ |coefₖ|。可以同时显示极小和极大的系数；恰为零的系数没有对数，仍以底部的圆圈表示。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="103"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt;&amp;nbsp;coefₖ&amp;nbsp;&amp;gt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt;&amp;nbsp;coefₖ&amp;nbsp;&amp;lt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;○&lt;/span&gt;&amp;nbsp;exactly&amp;nbsp;0</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt;&amp;nbsp;coefₖ&amp;nbsp;&amp;gt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt;&amp;nbsp;coefₖ&amp;nbsp;&amp;lt;&amp;nbsp;0&lt;br&gt;&lt;span style=&apos;color:{2}&apos;&gt;○&lt;/span&gt; 恰为 0</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="109"/>
        <source>One bar per coefficient of f(x) = Σₖ coefₖ φₖ(z), k = 0..D; height |coefₖ|, colour the sign. Large coefficients make the curve swing between the points (overfitting); L2 shrinks them, L1 sets some exactly to 0.</source>
        <translation>f(x) = Σₖ coefₖ φₖ(z)（k = 0..D）的每个系数对应一根柱；柱高为 |coefₖ|，颜色表示正负。系数大会使曲线在点与点之间剧烈摆动（过拟合）；L2 让系数缩小，L1 把其中一些变为恰好 0。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="117"/>
        <source>Exactly zero: coefficients with coefₖ = 0 exactly (L1 removes those features). Largest: maxₖ |coefₖ|.</source>
        <translation>恰为零：coefₖ 恰好等于 0 的系数（L1 去掉了这些特征）。最大：maxₖ |coefₖ|。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="121"/>
        <source>Point at a bar to read its coefficient.</source>
        <translation>鼠标指向柱即可读出其系数。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="122"/>
        <source>k (coefₖ multiplies φₖ(z))</source>
        <translation>k（coefₖ 乘以 φₖ(z)）</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="123"/>
        <source>|coefₖ|</source>
        <translation>|coefₖ|</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="219"/>
        <source>No fit yet: add training points.</source>
        <translation>尚无拟合：请添加训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="223"/>
        <source>Exactly zero: {0} of {1} · largest |coef|: {2}</source>
        <translation>恰为零：{0} / {1} · 最大 |coef|：{2}</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="231"/>
        <source>Point at a bar to read its value.</source>
        <translation>鼠标指向柱即可读出其值。</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="235"/>
        <source>coef{0} = 0 exactly (feature switched off)</source>
        <translation>coef{0} = 0，恰为零（该特征被关闭）</translation>
    </message>
    <message>
        <location filename="../../gui/coefficient_panel.py" line="237"/>
        <source>coef{0} = {1}</source>
        <translation>coef{0} = {1}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands.py" line="118"/>
        <source>Add test point</source>
        <extracomment>A command&apos;s name in the current language, e.g. ``lambda: self.tr(&quot;Clear points&quot;)``.</extracomment>
        <translation>添加测试点</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="120"/>
        <source>Add training point</source>
        <translation>添加训练点</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="139"/>
        <source>Remove point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="142"/>
        <source>Remove %1 points</source>
        <translation>删除 %1 个点</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="174"/>
        <source>Move point</source>
        <translation>移动点</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="232"/>
        <source>Change generator settings</source>
        <translation>更改生成器设置</translation>
    </message>
</context>
<context>
    <name>ConceptsGuide</name>
    <message>
        <location filename="../../gui/guide.py" line="96"/>
        <source>Overfit Lab: concepts guide</source>
        <translation>Overfit Lab 概念指南</translation>
    </message>
    <message>
        <location filename="../../gui/guide.py" line="97"/>
        <source>&amp;Show me</source>
        <translation>演示给我看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/guide.py" line="99"/>
        <source>Load the scenario that shows this idea (undo with Ctrl+Z)</source>
        <translation>载入演示这一概念的场景（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../../gui/guide.py" line="101"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CsvImports</name>
    <message>
        <location filename="../../gui/points_io.py" line="99"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
</context>
<context>
    <name>CurveLab</name>
    <message>
        <location filename="../../gui/curve_lab.py" line="126"/>
        <source>Model</source>
        <extracomment>The lab&apos;s key among the window&apos;s rooms.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="127"/>
        <source>Fit numbers</source>
        <translation>拟合指标</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="128"/>
        <source>Data generator</source>
        <translation>数据生成器</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="129"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="130"/>
        <source>Coefficients</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="131"/>
        <location filename="../../gui/curve_lab.py" line="165"/>
        <source>Validation curves</source>
        <translation>验证曲线</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="132"/>
        <location filename="../../gui/curve_lab.py" line="166"/>
        <source>Regularization path</source>
        <translation>正则化路径</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="155"/>
        <source>Data plot</source>
        <translation>数据图</translation>
    </message>
    <message>
        <location filename="../../gui/curve_lab.py" line="161"/>
        <source>Coefficient panel</source>
        <translation>系数面板</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <location filename="../../gui/plot_view.py" line="153"/>
        <source>Training points</source>
        <extracomment>A sentence for the status bar (a click refused, say). Draws the noise added to clicked points (replace it to make clicks reproducible).</extracomment>
        <translation>训练点</translation>
    </message>
    <message>
        <location filename="../../gui/plot_view.py" line="154"/>
        <source>Test points (held out)</source>
        <translation>测试点（留出）</translation>
    </message>
    <message>
        <location filename="../../gui/plot_view.py" line="155"/>
        <source>Fitted polynomial</source>
        <translation>拟合多项式</translation>
    </message>
    <message>
        <location filename="../../gui/plot_view.py" line="158"/>
        <source>True function</source>
        <translation>真实函数</translation>
    </message>
    <message>
        <location filename="../../gui/plot_view.py" line="262"/>
        <source>No point there: {0} is beyond the limits of the app ({1}).</source>
        <translation>那里不能放点：{0} 超出了本程序的取值范围（{1}）。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/dialogs.py" line="39"/>
        <location filename="../../gui/dialogs.py" line="49"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="40"/>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>会话有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="51"/>
        <source>The scenario replaces the points and settings on screen (Undo brings them back). Save the session first?</source>
        <translation>场景会替换屏幕上的点和设置（撤销可以恢复）。要先保存会话吗？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="57"/>
        <source>&amp;Load without saving</source>
        <translation>不保存，直接载入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="65"/>
        <source>Restore unsaved session?</source>
        <translation>恢复未保存的会话？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="67"/>
        <source>Overfit Lab did not close normally last time. Restore the session autosaved at {0}?</source>
        <translation>Overfit Lab 上次没有正常关闭。要恢复 {0} 自动保存的会话吗？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="77"/>
        <source>About Overfit Lab</source>
        <translation>关于 Overfit Lab</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="79"/>
        <source>&lt;b&gt;Overfit Lab&lt;/b&gt;&lt;p&gt;Place noisy points, fit a polynomial and watch it overfit; then tame it with L1 and L2 regularization.&lt;/p&gt;&lt;p&gt;Objective: (1/N) Σ (yᵢ − f(xᵢ))² + λ₁ Σ |coefₖ| + λ₂ Σ coefₖ²&lt;/p&gt;</source>
        <translation>&lt;b&gt;Overfit Lab&lt;/b&gt;&lt;p&gt;放置带噪声的点，拟合一个多项式，观察它如何过拟合；再用 L1 和 L2 正则化把它约束住。&lt;/p&gt;&lt;p&gt;目标函数：(1/N) Σ (yᵢ − f(xᵢ))² + λ₁ Σ |coefₖ| + λ₂ Σ coefₖ²&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DistributionInputBox</name>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="152"/>
        <source>Distribution p</source>
        <translation>分布 p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="153"/>
        <source>The distribution whose entropy is computed.</source>
        <translation>要计算其熵的分布。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="158"/>
        <source>How the input is read: probabilities pᵢ, counts cᵢ (pᵢ = cᵢ / Σ cⱼ), or a text whose characters or words are the outcomes, with pᵢ = the share of occurrences of outcome i.</source>
        <translation>输入的解读方式：概率 pᵢ；计数 cᵢ（pᵢ = cᵢ / Σ cⱼ）；或一段文本，以其中的字符或词为结果，pᵢ = 结果 i 的出现次数所占的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="167"/>
        <source>Unit of entropy, set by the base b of the logarithm: bits (b = 2), nats (b = e), hartleys (b = 10). 1 nat = 1.4427 bits, 1 hartley = 3.3219 bits.</source>
        <translation>熵的单位，由对数的底 b 决定：比特（b = 2）、奈特（b = e）、哈特莱（b = 10）。1 奈特 = 1.4427 比特，1 哈特莱 = 3.3219 比特。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="171"/>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="173"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="175"/>
        <source>Why the input cannot be used as it is.</source>
        <translation>输入为什么不能直接使用。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="177"/>
        <source>How the input was turned into probabilities that sum to 1.</source>
        <translation>输入是如何换算成总和为 1 的概率的。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="185"/>
        <source>e.g. 0.5 0.25 0.25 or 1/3, 1/3, 1/3</source>
        <translation>例如 0.5 0.25 0.25 或 1/3, 1/3, 1/3</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="187"/>
        <source>Probabilities as decimals or fractions such as 1/3, separated by spaces, commas, semicolons or line breaks. If they do not sum to 1 they are divided by their sum.</source>
        <translation>概率，写成小数或 1/3 这样的分数，用空格、逗号、分号或换行分隔。若总和不为 1，则各自除以总和。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="193"/>
        <source>e.g. 12 5 3 0</source>
        <translation>例如 12 5 3 0</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="195"/>
        <source>How often each outcome occurred (whole numbers ≥ 0); pᵢ = cᵢ / Σ cⱼ. Separate them by spaces, commas, semicolons or line breaks.</source>
        <translation>每个结果出现的次数（≥ 0 的整数）；pᵢ = cᵢ / Σ cⱼ。用空格、逗号、分号或换行分隔。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="202"/>
        <source>Each different character is an outcome, weighted by how often it occurs. A character is what a reader sees as one: a Chinese character, a letter with its accents, an emoji with its skin tone, a flag. Spaces and line breaks are not counted; punctuation is.</source>
        <translation>每个不同的字符是一个结果，按出现次数加权。字符指读者眼中的一个字：一个汉字、一个带重音符号的字母、一个带肤色的表情符号、一面旗帜都算一个。空格和换行不计，标点计入。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="200"/>
        <location filename="../../gui/entropy/input_box.py" line="209"/>
        <source>Type or paste a text</source>
        <translation>输入或粘贴一段文本</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="211"/>
        <source>Each different word is an outcome, weighted by how often it occurs; case is ignored and punctuation skipped. Chinese has no spaces between words, so each Chinese character counts as a word.</source>
        <translation>每个不同的词是一个结果，按出现次数加权；不区分大小写，跳过标点。中文词与词之间没有空格，所以每个汉字算作一个词。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="240"/>
        <source>Note: the values sum to {total}, not 1, so each was divided by {total}.</source>
        <translation>注意：各值之和为 {total} 而不是 1，因此每个值都已除以 {total}。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="244"/>
        <source>pᵢ = cᵢ / {total}, the only count.</source>
        <translation>pᵢ = cᵢ / {total}（唯一的一个计数）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/input_box.py" line="247"/>
        <source>pᵢ = cᵢ / {total}, the total of the %n counts.</source>
        <translation>
            <numerusform>pᵢ = cᵢ / {total}（%n 个计数的总和）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="253"/>
        <source>1 character counted (spaces and line breaks not).</source>
        <translation>共统计 1 个字符（不含空格和换行）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/input_box.py" line="255"/>
        <source>%n characters counted (spaces and line breaks not), {n} different.</source>
        <translation>
            <numerusform>共统计 %n 个字符（不含空格和换行），其中 {n} 种不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="260"/>
        <source>1 word counted.</source>
        <translation>共统计 1 个词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/input_box.py" line="262"/>
        <source>%n words counted, {n} different.</source>
        <translation>
            <numerusform>共统计 %n 个词，其中 {n} 种不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/input_box.py" line="266"/>
        <source>Chinese has no spaces between words: each character counted as a word.</source>
        <translation>中文词与词之间没有空格：每个汉字都算作一个词。</translation>
    </message>
</context>
<context>
    <name>EntropyTexts</name>
    <message>
        <location filename="../../gui/entropy/common.py" line="99"/>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="100"/>
        <source>nats</source>
        <translation>奈特</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="101"/>
        <source>hartleys</source>
        <translation>哈特莱</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="109"/>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="110"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="111"/>
        <source>Text: characters</source>
        <translation>文本：按字符</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="112"/>
        <source>Text: words</source>
        <translation>文本：按词</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="121"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="128"/>
        <source>{title} (stale)</source>
        <translation>{title}（未更新）</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="133"/>
        <source>Still showing the last valid input: “{text}” ({mode}).</source>
        <translation>仍显示上一个有效输入的结果：“{text}”（{mode}）。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="142"/>
        <source>The input is empty; type one or more numbers separated by spaces or commas.</source>
        <translation>输入为空；请输入一个或多个数，用空格或逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="146"/>
        <source>Item {item}, “{token}”, is not a number; write a decimal such as 0.25 or a fraction such as 1/4.</source>
        <translation>第 {item} 项“{token}”不是数字；请写成 0.25 这样的小数或 1/4 这样的分数。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="151"/>
        <source>Item {item}, “{token}”, is not a finite number; use ordinary numbers.</source>
        <translation>第 {item} 项“{token}”不是有限数；请使用普通的数。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="155"/>
        <source>Item {item}, “{token}”, is negative; values must be 0 or more.</source>
        <translation>第 {item} 项“{token}”是负数；值必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="158"/>
        <source>Item {item}, “{token}”, is not a whole number; counts are whole numbers (type weights or proportions in the Probabilities mode).</source>
        <translation>第 {item} 项“{token}”不是整数；次数必须是整数（权重或比例请在“概率”模式中输入）。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="163"/>
        <source>Item {item}, “{token}”, divides by zero.</source>
        <translation>第 {item} 项“{token}”的分母为零。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="166"/>
        <source>All values are zero, so no outcome can happen; make at least one positive.</source>
        <translation>所有值都为零，没有任何结果可能发生；请至少让一个值为正。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="170"/>
        <source>Item {item}, “{token}”, goes over the limit of {limit} outcomes; remove some.</source>
        <translation>第 {item} 项“{token}”超出了 {limit} 个结果的上限；请删去一些。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="174"/>
        <source>The text has no characters to count (spaces and line breaks do not count).</source>
        <translation>文本中没有可统计的字符（空格和换行不计）。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="178"/>
        <source>The text has no words to count; type some letters or digits.</source>
        <translation>文本中没有可统计的词；请输入一些文字或数字。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/common.py" line="291"/>
        <source>The input has changed and cannot be read as it is; the results stay those of the input named here until it can.</source>
        <translation>输入已改变且目前无法读取；在能读取之前，这里显示的仍是所注明输入的结果。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="75"/>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="75"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="80"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="91"/>
        <source>Image width; 1600 px stays crisp on a projected slide. SVG and PDF are vector drawings with the same proportions.</source>
        <translation>图片宽度；1600 像素在投影幻灯片上依然清晰。SVG 和 PDF 是比例相同的矢量图。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="101"/>
        <source>Image height; automatic keeps the figure&apos;s proportions.</source>
        <translation>图片高度；“自动”保持图的原有比例。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="103"/>
        <source>Caption stating the model</source>
        <translation>附上说明模型的图注</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="107"/>
        <source>A line under the figure with the degree, basis, λ₁, λ₂, the numbers of training and test points and both RMSEs (for entropy: the distribution and unit).</source>
        <translation>图下方的一行文字：次数、基、λ₁、λ₂、训练点与测试点的个数以及两个 RMSE（熵计算器则为分布与单位）。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="112"/>
        <source>Animation (.gif, .apng)</source>
        <translation>动画（.gif、.apng）</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="114"/>
        <source>Degree</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="115"/>
        <source>L1 strength λ₁</source>
        <translation>L1 强度 λ₁</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="116"/>
        <source>L2 strength λ₂</source>
        <translation>L2 强度 λ₂</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="128"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="129"/>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="130"/>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="131"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="132"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="187"/>
        <source>One frame per degree.</source>
        <translation>每个次数一帧。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="189"/>
        <source>Frames evenly spaced on a log scale; both ends must be &gt; 0.</source>
        <translation>各帧在对数刻度上等距分布；两端都必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="198"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Animated GIF (*.gif);;Animated PNG (*.apng)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;GIF 动画 (*.gif);;PNG 动画 (*.apng)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="98"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="138"/>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="139"/>
        <source>File (.png, .svg, .pdf, .gif, .apng)</source>
        <translation>文件（.png、.svg、.pdf、.gif、.apng）</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="140"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="141"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <location filename="../../gui/export.py" line="66"/>
        <source>{name}: the file name must end in {formats}</source>
        <translation>{name}：文件名必须以下列扩展名之一结尾：{formats}</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="73"/>
        <source>the image must be {low} to {high} pixels a side, got {size}</source>
        <translation>图像每边必须在 {low} 到 {high} 像素之间，当前为 {size}</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="95"/>
        <source>no figure format for {suffix}</source>
        <translation>没有 {suffix} 格式的图形输出</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="144"/>
        <source>the panel has no size yet; show it first</source>
        <translation>面板还没有尺寸；请先显示它</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="225"/>
        <location filename="../../gui/figures/render.py" line="201"/>
        <source>the PNG could not be encoded (out of memory?)</source>
        <translation>无法编码 PNG（内存不足？）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/drawing.py" line="43"/>
        <source>the figure is too small for its plots</source>
        <translation>图形太小，放不下其中的图表</translation>
    </message>
    <message>
        <location filename="../../gui/figures/render.py" line="136"/>
        <source>{width} x {height} is too small for this figure</source>
        <translation>{width} x {height} 对这幅图形来说太小了</translation>
    </message>
    <message>
        <location filename="../../gui/figures/sources.py" line="70"/>
        <source>the entropy calculator has no distribution to show yet</source>
        <extracomment>The classification lab&apos;s panels and their figures.</extracomment>
        <translation>熵计算器还没有可以显示的分布</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="163"/>
        <source>unknown panel {key}; choose from {choices}</source>
        <translation>未知面板 {key}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="207"/>
        <source>the panel {key} cannot be animated; choose from {choices}</source>
        <translation>面板 {key} 不能生成动画；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="61"/>
        <source>parameter must be one of {choices}, got {value}</source>
        <translation>扫描参数必须是 {choices} 之一，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="88"/>
        <source>fps must be &gt; 0 and &lt;= {limit}, got {value}</source>
        <translation>每秒帧数必须大于 0 且不超过 {limit}，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="94"/>
        <source>start must be a whole degree 0 to {limit}, got {value}</source>
        <translation>起点必须是 0 到 {limit} 之间的整数次数，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="97"/>
        <source>stop must be a whole degree 0 to {limit}, got {value}</source>
        <translation>终点必须是 0 到 {limit} 之间的整数次数，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="107"/>
        <source>start must be a strength &gt; 0 and &lt;= {limit} (a log scale has no 0), got {value}</source>
        <translation>起点必须是大于 0 且不超过 {limit} 的强度（对数刻度上没有 0），当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="112"/>
        <source>stop must be a strength &gt; 0 and &lt;= {limit} (a log scale has no 0), got {value}</source>
        <translation>终点必须是大于 0 且不超过 {limit} 的强度（对数刻度上没有 0），当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="123"/>
        <source>frames must be 2 to {limit}, got {value}</source>
        <translation>帧数必须在 2 到 {limit} 之间，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="129"/>
        <source>frames must be at most {limit}, got {value}</source>
        <translation>帧数最多为 {limit}，当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/sweep.py" line="195"/>
        <source>a sweep needs at least one frame</source>
        <translation>扫描至少需要一帧</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../gui/figures/plane.py" line="170"/>
        <location filename="../../gui/figures/snapshot.py" line="279"/>
        <source>monomial</source>
        <translation>单项式</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="172"/>
        <location filename="../../gui/figures/snapshot.py" line="281"/>
        <source>Legendre</source>
        <translation>勒让德</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="175"/>
        <source>Degree {degree}, {basis} basis · λ₁ = {l1} · λ₂ = {l2} · N train {n_train} / N test {n_test} · accuracy train {train} / test {test} · cross-entropy train {train_bits} / test {test_bits} bits</source>
        <translation>次数 {degree}，{basis}基 · λ₁ = {l1} · λ₂ = {l2} · 训练点 {n_train} / 测试点 {n_test} · 准确率 训练 {train} / 测试 {test} · 交叉熵 训练 {train_bits} / 测试 {test_bits} 比特</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="194"/>
        <source>separable: shown with a tiny ridge penalty {0} on every weight</source>
        <translation>可分：图中是对所有权重加上极小岭惩罚 {0} 后的拟合</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="196"/>
        <source>one class only: shown with a tiny ridge penalty {0} on every weight</source>
        <translation>只有一个类别：图中是对所有权重加上极小岭惩罚 {0} 后的拟合</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="202"/>
        <source>optimality not certified</source>
        <translation>最优性未经验证</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="211"/>
        <source>K-means with K = {0} in the plane</source>
        <translation>K 均值聚类，K = {0}，在平面上</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="213"/>
        <source>K-means with K = {0} on the paraboloid (h = {1})</source>
        <translation>K 均值聚类，K = {0}，在抛物面上（h = {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="215"/>
        <source>K-means with K = {0} on every monomial up to degree {1}</source>
        <translation>K 均值聚类，K = {0}，在不超过 {1} 次的所有单项式上</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="217"/>
        <source>{0}: a marker&apos;s shape is its cluster</source>
        <translation>{0}：标记的形状表示它所属的簇</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="303"/>
        <source>Class 0</source>
        <translation>类别 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="306"/>
        <source>Class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="310"/>
        <source>Test point (hollow)</source>
        <translation>测试点（空心）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="354"/>
        <source>Misclassified</source>
        <translation>分错的点</translation>
    </message>
    <message>
        <location filename="../../gui/figures/plane.py" line="355"/>
        <source>Boundary p = ½</source>
        <translation>决策边界 p = ½</translation>
    </message>
    <message>
        <location filename="../../gui/figures/snapshot.py" line="288"/>
        <source>Degree {degree}, {basis} basis · λ₁ = {l1} · λ₂ = {l2} · N train {n_train} / N test {n_test} · RMSE train {train} / test {test}</source>
        <translation>次数 {degree}，{basis}基 · λ₁ = {l1} · λ₂ = {l2} · 训练点 {n_train} / 测试点 {n_test} · RMSE 训练 {train} / 测试 {test}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/snapshot.py" line="303"/>
        <source>intercept penalized</source>
        <translation>截距受惩罚</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="80"/>
        <source>Training points</source>
        <translation>训练点</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="81"/>
        <source>Test points (held out)</source>
        <translation>测试点（留出）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="99"/>
        <location filename="../../gui/figures/curves.py" line="103"/>
        <source>Fitted polynomial</source>
        <translation>拟合多项式</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="107"/>
        <source>True function</source>
        <translation>真实函数</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="114"/>
        <source>{0} bootstrap fits: the spread is the variance</source>
        <translation>{0} 条自助法拟合曲线：散开的程度就是方差</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="204"/>
        <source>|coefₖ|</source>
        <translation>|coefₖ|</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="207"/>
        <source>k (coefₖ multiplies φₖ(z))</source>
        <translation>k（coefₖ 乘以 φₖ(z)）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="213"/>
        <source>coefₖ &gt; 0</source>
        <translation>coefₖ &gt; 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="213"/>
        <source>coefₖ &lt; 0</source>
        <translation>coefₖ &lt; 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="192"/>
        <source>exactly 0</source>
        <translation>恰好为 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="215"/>
        <source>Coefficients at D = {0}: {1} of {2} exactly zero, largest |coef| {3}</source>
        <translation>D = {0} 时的系数：{2} 个中有 {1} 个恰好为零，最大 |coef| 为 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="219"/>
        <source>No fit yet: add training points.</source>
        <translation>尚无拟合：请添加训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="62"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="63"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="67"/>
        <source>CV best</source>
        <translation>CV 最佳</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="61"/>
        <source>|wₖ|</source>
        <translation>|wₖ|</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="67"/>
        <source>feature (grouped by degree i + j)</source>
        <translation>特征（按次数 i + j 分组）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="69"/>
        <source>feature φₖ = z₁ⁱ z₂ʲ</source>
        <translation>特征 φₖ = z₁ⁱ z₂ʲ</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="72"/>
        <source>Weights at D = {0}: {1} of {2} exactly zero, largest |w| {3}</source>
        <translation>D = {0} 时的权重：{2} 个中有 {1} 个恰好为零，最大 |w| 为 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="81"/>
        <source>No fit yet: add training points of both classes.</source>
        <translation>尚无拟合：请添加两个类别的训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="82"/>
        <source>wₖ &gt; 0</source>
        <translation>wₖ &gt; 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="82"/>
        <source>wₖ &lt; 0</source>
        <translation>wₖ &lt; 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/classifier.py" line="116"/>
        <location filename="../../gui/figures/validation.py" line="132"/>
        <source>degree D</source>
        <translation>次数 D</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="133"/>
        <location filename="../../gui/figures/validation.py" line="156"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="84"/>
        <source>Error vs degree at the current λ (dashed: D = {0})</source>
        <translation>误差随次数的变化，当前 λ 下（虚线：D = {0}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="90"/>
        <source>λ off</source>
        <translation>λ 关闭</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="92"/>
        <source>λ = {0}</source>
        <translation>λ = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/validation.py" line="94"/>
        <source>Error vs λ at D = {0} (dashed: {1})</source>
        <translation>D = {0} 时误差随 λ 的变化（虚线：{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="237"/>
        <location filename="../../gui/figures/curves.py" line="245"/>
        <location filename="../../gui/figures/curves.py" line="248"/>
        <source>coefₖ</source>
        <translation>coefₖ</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="259"/>
        <source>k = 0</source>
        <translation>k = 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="261"/>
        <source>k = {0}</source>
        <translation>k = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="265"/>
        <source>drops to exactly 0</source>
        <translation>降为恰好 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/curves.py" line="268"/>
        <source>Path of the {0} coefficients at D = {1}</source>
        <translation>D = {1} 时 {0} 个系数的路径</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="108"/>
        <source>p = ({0})</source>
        <translation>p = ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="112"/>
        <source>p: character frequencies of “{0}”</source>
        <translation>p：“{0}”中各字符的频率</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="114"/>
        <source>p: word frequencies of “{0}”</source>
        <translation>p：“{0}”中各词的频率</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="116"/>
        <source>{0} · {1} outcomes · unit: {2}</source>
        <translation>{0} · {1} 个结果 · 单位：{2}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="136"/>
        <location filename="../../gui/figures/entropy.py" line="239"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="138"/>
        <source>Probability pᵢ of each outcome</source>
        <translation>各结果的概率 pᵢ</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="147"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="148"/>
        <source>−log p ({0})</source>
        <translation>−log p（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="154"/>
        <source>Surprisal −log pᵢ; H is their p-weighted mean</source>
        <translation>惊奇度 −log pᵢ；H 是它们按 p 加权的平均</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="158"/>
        <source>H = {0}</source>
        <translation>H = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="167"/>
        <source>p of heads</source>
        <translation>正面朝上的概率 p</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="168"/>
        <source>H ({0})</source>
        <translation>H（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="174"/>
        <source>Binary entropy of a coin: H({0}) = {1}</source>
        <translation>硬币的二元熵：H({0}) = {1}</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="197"/>
        <source>Entropy H</source>
        <translation>熵 H</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="198"/>
        <source>Maximum log n</source>
        <translation>最大值 log n</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="199"/>
        <source>Efficiency H / log n</source>
        <translation>效率 H / log n</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="200"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="202"/>
        <source>Fixed-length code ⌈log₂ n⌉</source>
        <translation>定长编码 ⌈log₂ n⌉</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="203"/>
        <source>{0} digits (2{1} = {2} ≥ n = {3})</source>
        <translation>{0} 位（2{1} = {2} ≥ n = {3}）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="208"/>
        <source>Huffman mean length L</source>
        <translation>哈夫曼平均码长 L</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="209"/>
        <source>{0} bits</source>
        <translation>{0} 比特</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="214"/>
        <source>Cross-entropy H(p, q)</source>
        <translation>交叉熵 H(p, q)</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="216"/>
        <source>Cross-entropy H(p, q), q uniform</source>
        <translation>交叉熵 H(p, q)，q 为均匀分布</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="218"/>
        <source>KL(p‖q)</source>
        <translation>KL(p‖q)</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="238"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="240"/>
        <source>−log₂ p</source>
        <translation>−log₂ p</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="241"/>
        <source>Code word</source>
        <translation>码字</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="244"/>
        <source>Huffman code: H = {0} ≤ L = {1} &lt; H + 1 (bits)</source>
        <translation>哈夫曼编码：H = {0} ≤ L = {1} &lt; H + 1（比特）</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="251"/>
        <source>H(p, q) is infinite: q gives 0 to an outcome that p does not.</source>
        <translation>H(p, q) 为无穷大：q 给某个结果的概率为 0，而 p 不是。</translation>
    </message>
    <message>
        <location filename="../../gui/figures/entropy.py" line="253"/>
        <source>Entropy of p</source>
        <translation>p 的熵</translation>
    </message>
    <message>
        <location filename="../../gui/figures/lifted.py" line="83"/>
        <source>Boundary f = 0</source>
        <translation>决策边界 f = 0</translation>
    </message>
    <message>
        <location filename="../../gui/figures/lifted.py" line="89"/>
        <source>Trace of the boundary p = ½</source>
        <translation>决策边界 p = ½ 的轨迹</translation>
    </message>
    <message>
        <location filename="../../gui/figures/lifted.py" line="121"/>
        <location filename="../../gui/figures/plane.py" line="361"/>
        <source>Cluster centroid</source>
        <translation>簇中心</translation>
    </message>
</context>
<context>
    <name>GeneratorControls</name>
    <message>
        <location filename="../../gui/generator_controls.py" line="189"/>
        <source>Textbook: sin 2πx</source>
        <translation>经典：sin 2πx</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="190"/>
        <source>Cubic</source>
        <translation>三次函数</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="191"/>
        <source>Step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="192"/>
        <source>Runge&apos;s function</source>
        <translation>龙格函数</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="193"/>
        <source>Straight line</source>
        <translation>直线</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="202"/>
        <source>&amp;Function</source>
        <translation>函数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="203"/>
        <source>&amp;Training points</source>
        <translation>训练点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="204"/>
        <source>T&amp;est points</source>
        <translation>测试点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="205"/>
        <source>Noise &amp;σ</source>
        <translation>噪声 &amp;σ</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="206"/>
        <source>See&amp;d</source>
        <translation>种子(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="211"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="213"/>
        <source>Replace all points by a fresh sample: y = f(x) + Gaussian noise (Ctrl+G).</source>
        <translation>用新的样本替换所有点：y = f(x) + 高斯噪声（Ctrl+G）。</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="216"/>
        <source>Held-out points: never used for fitting, only to measure test error.</source>
        <translation>留出的点：从不参与拟合，只用来衡量测试误差。</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="218"/>
        <source>The same seed always gives the same points.</source>
        <translation>相同的种子总是生成相同的点。</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="219"/>
        <source>Standard deviation of the Gaussian noise on y.</source>
        <translation>y 上高斯噪声的标准差。</translation>
    </message>
    <message>
        <location filename="../../gui/generator_controls.py" line="225"/>
        <source>Generate data</source>
        <translation>生成数据</translation>
    </message>
</context>
<context>
    <name>GeneratorForm</name>
    <message>
        <location filename="../../gui/generator_controls.py" line="133"/>
        <source>Not generated: {0}</source>
        <translation>未生成：{0}</translation>
    </message>
</context>
<context>
    <name>HelpFigures</name>
    <message>
        <location filename="../../gui/help_figures.py" line="91"/>
        <source>L2: Σ coefₖ² ≤ t, a round ball</source>
        <translation>L2：Σ coefₖ² ≤ t，一个圆球</translation>
    </message>
    <message>
        <location filename="../../gui/help_figures.py" line="92"/>
        <source>L1: Σ |coefₖ| ≤ t, a diamond</source>
        <translation>L1：Σ |coefₖ| ≤ t，一个菱形</translation>
    </message>
    <message>
        <location filename="../../gui/help_figures.py" line="95"/>
        <source>both coefficients non-zero</source>
        <translation>两个系数都不为零</translation>
    </message>
    <message>
        <location filename="../../gui/help_figures.py" line="96"/>
        <source>a corner: coef₂ = 0 exactly</source>
        <translation>顶点处：coef₂ 恰为 0</translation>
    </message>
</context>
<context>
    <name>HuffmanBox</name>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="71"/>
        <source>Huffman code</source>
        <extracomment>The table stops here: more rows cost time on every keystroke and nobody reads them; the note under the table says how many are left out.</extracomment>
        <translation>哈夫曼编码</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="113"/>
        <source>A Huffman code: the shortest mean length of any binary code in which no code word starts another, built by merging the two least likely outcomes again and again.</source>
        <translation>哈夫曼编码：在所有前缀码（任何码字都不是另一个码字的开头）中平均码长最短，通过反复合并概率最小的两个结果构造而成。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="119"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="119"/>
        <source>The outcome: its number, character or word.</source>
        <translation>结果：它的编号、字符或词。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="120"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="120"/>
        <source>Probability pᵢ of the outcome.</source>
        <translation>该结果的概率 pᵢ。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="122"/>
        <source>−log₂ p</source>
        <translation>−log₂ p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="123"/>
        <source>Surprisal in bits, −log₂ pᵢ: the ideal code length.</source>
        <translation>以比特计的自信息 −log₂ pᵢ：理想码长。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="126"/>
        <source>Code word</source>
        <translation>码字</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="127"/>
        <source>Huffman code word; outcomes with p = 0 need none (—).</source>
        <translation>哈夫曼码字；p = 0 的结果不需要码字（—）。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="129"/>
        <source>Length</source>
        <translation>码长</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="129"/>
        <source>Code word length lᵢ in binary digits.</source>
        <translation>码字长度 lᵢ（二进制位数）。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="136"/>
        <source>Outcomes from most to least likely, with their Huffman code words.</source>
        <translation>各结果按概率从大到小排列，并列出其哈夫曼码字。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="140"/>
        <source>Mean length L = Σ pᵢ lᵢ. No binary code does better than H bits per outcome, and Huffman&apos;s stays within one bit of it: H ≤ L &lt; H + 1.</source>
        <translation>平均码长 L = Σ pᵢ lᵢ。任何二进制编码都不可能少于每个结果 H 比特，哈夫曼编码与它相差不到 1 比特：H ≤ L &lt; H + 1。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="144"/>
        <source>Rows beyond this are left out of the table.</source>
        <translation>超出的行未列入表格。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="175"/>
        <source>Showing the {shown} most likely of {n} outcomes.</source>
        <translation>只显示 {n} 个结果中概率最大的 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="184"/>
        <source>Mean length L = {L} bit per outcome. Only one outcome can happen, so H = 0 and its one-digit code word makes L = H + 1, the edge of H ≤ L ≤ H + 1.</source>
        <translation>平均码长 L = {L} 比特/结果。只有一个结果可能发生，所以 H = 0，而它的码字长 1 位，使 L = H + 1，恰在 H ≤ L ≤ H + 1 的边界上。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/huffman_box.py" line="190"/>
        <source>Mean length L = Σ pᵢ lᵢ = {L} bits per outcome; H = {H} ≤ L &lt; H + 1 = {H1} (in bits, as the code is binary).</source>
        <translation>平均码长 L = Σ pᵢ lᵢ = {L} 比特/结果；H = {H} ≤ L &lt; H + 1 = {H1}（以比特计，因为编码是二进制的）。</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../../gui/image_export.py" line="240"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="246"/>
        <source>Cannot export the image</source>
        <translation>无法导出图片</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="248"/>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="291"/>
        <source>Cannot copy the figure</source>
        <translation>无法复制图</translation>
    </message>
    <message>
        <location filename="../../gui/image_export.py" line="298"/>
        <source>Copied the figure of “{0}” ({1} × {2} pixels)</source>
        <translation>已复制“{0}”的图（{1} × {2} 像素）</translation>
    </message>
</context>
<context>
    <name>LabPointsIO</name>
    <message>
        <location filename="../../gui/points_io.py" line="178"/>
        <source>Cannot export points</source>
        <extracomment>The file name the export dialog proposes.</extracomment>
        <translation>无法导出数据点</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="182"/>
        <source>Wrote {0} points to {1}</source>
        <translation>已将 {0} 个点写入 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="194"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="206"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="244"/>
        <source>Imported {0} points from {1}</source>
        <translation>已从 {1} 导入 {0} 个点</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="254"/>
        <source>Cannot import points</source>
        <translation>无法导入数据点</translation>
    </message>
</context>
<context>
    <name>LambdaAxis</name>
    <message>
        <location filename="../../gui/axes.py" line="71"/>
        <source>λ₁ (L1 strength)</source>
        <translation>λ₁（L1 强度）</translation>
    </message>
    <message>
        <location filename="../../gui/axes.py" line="73"/>
        <source>λ₂ (L2 strength)</source>
        <translation>λ₂（L2 强度）</translation>
    </message>
    <message>
        <location filename="../../gui/axes.py" line="74"/>
        <source>λ = λ₁ + λ₂ (ratio {0:.2g} : {1:.2g} kept)</source>
        <translation>λ = λ₁ + λ₂（保持比例 {0:.2g} : {1:.2g}）</translation>
    </message>
</context>
<context>
    <name>LiftedPanel</name>
    <message>
        <location filename="../../gui/lifted_panel.py" line="121"/>
        <source>At h = 0 every point stays in the plane: raise h in the K-means tool to lift each point (z₁, z₂) to the height h·(z₁² + z₂²).</source>
        <translation>h = 0 时每个点都留在平面上：在 K 均值工具中调大 h，把每个点 (z₁, z₂) 升到高度 h·(z₁² + z₂²)。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="127"/>
        <source>Each point (z₁, z₂) rises to the height h·(z₁² + z₂²), h = {0} (the K-means tool). Far points rise higher: two rings end at two heights, and a flat cut parts them.</source>
        <translation>每个点 (z₁, z₂) 升到高度 h·(z₁² + z₂²)，h = {0}（K 均值工具）。离中心越远的点升得越高：两个环落在两个高度上，一刀水平切开就能把它们分开。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="134"/>
        <source>{0} Drag to turn.</source>
        <translation>{0}拖动可以旋转。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="267"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="268"/>
        <source>Edge-on: the flat boundary as a line</source>
        <translation>侧视：平直的边界成为一条直线</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="269"/>
        <source>Principal components of the lift</source>
        <translation>升维后的主成分</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="270"/>
        <source>Paraboloid (z₁, z₂, h·(z₁² + z₂²)) of K-means</source>
        <translation>K 均值的抛物面 (z₁, z₂, h·(z₁² + z₂²))</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="273"/>
        <source>Each point (x₁, x₂) is lifted to its features, every monomial z₁ⁱ z₂ʲ up to the degree; the classifier is a flat plane there. Three ways to look at that space.</source>
        <translation>每个点 (x₁, x₂) 都被升维到它的特征，即不超过该次数的所有单项式 z₁ⁱ z₂ʲ；在那个空间里，分类器是一个平直的超平面。这里有三种观察那个空间的方式。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="99"/>
        <source>fitted logit f</source>
        <extracomment>The camera&apos;s start: turned a little, looking down a little. Radians per pixel of a drag that turns the paraboloid.</extracomment>
        <translation>拟合的对数几率 f</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="100"/>
        <source>spread along the boundary ({0} %)</source>
        <translation>沿边界方向的散布（{0} %）</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="104"/>
        <source>component 1 ({0} %)</source>
        <translation>第一主成分（{0} %）</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="107"/>
        <source>component 2 ({0} %)</source>
        <translation>第二主成分（{0} %）</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="137"/>
        <source>No fit yet: add training points of both classes.</source>
        <translation>尚无拟合：请添加两个类别的训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="139"/>
        <source>Degree 0 has no features to lift: raise the degree.</source>
        <translation>0 次没有可以升维的特征：请提高次数。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="141"/>
        <source>The points lifted to their {0} features, seen edge-on to the fitted flat boundary (the line f = 0; across: the logit f). A curve in the plane is a straight cut here.</source>
        <translation>各点升维到它们的 {0} 个特征，沿拟合出的平直边界侧着看（边界是直线 f = 0，横轴是对数几率 f）。平面上的曲线，在这里是一刀直切。</translation>
    </message>
    <message>
        <location filename="../../gui/lifted_panel.py" line="147"/>
        <source>The {0} features projected on their two directions of largest spread. Black: the boundary&apos;s trace, the plane&apos;s p = ½ curve lifted and projected alike.</source>
        <translation>把 {0} 个特征投影到散布最大的两个方向上。黑线是边界的轨迹：平面上 p = ½ 的曲线，按同样的方式升维并投影。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="215"/>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>Curve fitting</source>
        <extracomment>The rooms that hold a lab (their plot takes the actions on points).</extracomment>
        <translation>曲线拟合</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Entropy calculator</source>
        <translation>熵计算器</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <source>Entropy panel</source>
        <translation>熵面板</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227"/>
        <source>Click: add a point of the chosen class (keys 1, 2) · Shift+click: add a test point · drag a point: move it · right-click: remove it · drag empty space: pan · wheel: zoom</source>
        <translation>单击：添加所选类别的点（按键 1、2 切换类别） · Shift+单击：添加测试点 · 拖动点：移动 · 右击：删除 · 拖动空白处：平移 · 滚轮：缩放</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>Click: add a training point · Shift+click: add a test point · drag a point: move it · right-click: remove it · drag empty space: pan · wheel: zoom</source>
        <translation>单击：添加训练点 · Shift+单击：添加测试点 · 拖动点：移动 · 右击：删除 · 拖动空白处：平移 · 滚轮：缩放</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>The translation for {0} is missing.</source>
        <translation>缺少 {0} 的翻译文件。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>Classification: clear points</source>
        <translation>分类：清除所有点</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="459"/>
        <source>Overfit Lab</source>
        <translation>Overfit Lab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303"/>
        <source>Clear points</source>
        <translation>清除所有点</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gui/menus.py" line="84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="86"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="87"/>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="88"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="89"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="90"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ModelComparisonBox</name>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="148"/>
        <source>Compare with a model q</source>
        <translation>与模型 q 比较</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="175"/>
        <source>Still showing the comparison of p from “{p}” ({mode}) with the uniform q.</source>
        <translation>仍显示由“{p}”（{mode}）得到的 p 与均匀分布 q 的比较。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="178"/>
        <source>Still showing the comparison of p from “{p}” ({mode}) with q from “{q}”.</source>
        <translation>仍显示由“{p}”（{mode}）得到的 p 与由“{q}”得到的 q 的比较。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="190"/>
        <source>How well a model distribution q fits the true p: cross-entropy is the mean code length when p&apos;s outcomes are coded with a code built for q.</source>
        <translation>模型分布 q 与真实分布 p 有多吻合：交叉熵是用为 q 设计的编码来编码 p 的结果时的平均码长。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="195"/>
        <source>Model q, read like p; empty = uniform over p&apos;s outcomes</source>
        <translation>模型 q，格式同 p；留空则为均匀分布</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="199"/>
        <source>A second distribution q over the same outcomes, in the same form as p. For numbers give one value per outcome of p; for text, outcomes are matched by character or word. Leave it empty to compare with the uniform distribution.</source>
        <translation>同一组结果上的第二个分布 q，格式与 p 相同。数值输入时，为 p 的每个结果各给一个值；文本输入时，按字符或词对应结果。留空则与均匀分布比较。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="205"/>
        <source>Why q cannot be used as it is.</source>
        <translation>q 为什么不能直接使用。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="206"/>
        <source>What q is and how the two results relate.</source>
        <translation>q 是什么，以及两项结果之间的关系。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="208"/>
        <source>Cross-entropy H(p, q) = −Σ pᵢ log_b qᵢ: the mean code length per outcome of p when coding with a code made for q. Infinite if qᵢ = 0 where pᵢ &gt; 0.</source>
        <translation>交叉熵 H(p, q) = −Σ pᵢ log_b qᵢ：用为 q 设计的编码来编码 p 时，每个结果的平均码长。若某处 pᵢ &gt; 0 而 qᵢ = 0，则为无穷大。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="212"/>
        <source>Kullback–Leibler divergence KL(p‖q) = Σ pᵢ log_b(pᵢ / qᵢ) = H(p, q) − H(p) ≥ 0: the cost of using q instead of p; 0 only when q = p.</source>
        <translation>KL 散度（Kullback–Leibler 散度）KL(p‖q) = Σ pᵢ log_b(pᵢ / qᵢ) = H(p, q) − H(p) ≥ 0：用 q 代替 p 的代价；仅当 q = p 时为 0。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="215"/>
        <source>Cross-entropy H(p, q)</source>
        <translation>交叉熵 H(p, q)</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="216"/>
        <source>KL(p‖q)</source>
        <translation>KL(p‖q)</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="256"/>
        <source>q has only 1 value but p has {n}; give one value per outcome of p.</source>
        <translation>q 只有 1 个值，而 p 有 {n} 个；请为 p 的每个结果各给一个值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/comparison_box.py" line="260"/>
        <source>q has %n values but p has {n}; give one value per outcome of p.</source>
        <translation>
            <numerusform>q 有 %n 个值，而 p 有 {n} 个；请为 p 的每个结果各给一个值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="283"/>
        <source>q is empty, so p is compared with the uniform distribution over its single outcome.</source>
        <translation>q 为空，因此将 p 与其唯一结果上的均匀分布比较。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/comparison_box.py" line="290"/>
        <source>q is empty, so p is compared with the uniform distribution over its %n outcomes.</source>
        <translation>
            <numerusform>q 为空，因此将 p 与其 %n 个结果上的均匀分布比较。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="298"/>
        <source>q&apos;s values sum to {total}, not 1, so each was divided by {total}.</source>
        <translation>q 的各值之和为 {total} 而不是 1，因此每个值都已除以 {total}。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="306"/>
        <source>Infinite: q gives outcome “{label}” probability 0 although p gives it {p}, so coding it with q would need infinitely many {unit}.</source>
        <translation>无穷大：q 给结果“{label}”的概率是 0，而 p 给它的概率是 {p}，所以按 q 来编码它需要无穷多{unit}。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="316"/>
        <source>({count} such outcomes in all.)</source>
        <translation>（这样的结果共 {count} 个。）</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/comparison_box.py" line="320"/>
        <source>H(p, q) = H(p) + KL(p‖q) = {h} + {kl}.</source>
        <translation>H(p, q) = H(p) + KL(p‖q) = {h} + {kl}。</translation>
    </message>
</context>
<context>
    <name>ModelControls</name>
    <message>
        <location filename="../../gui/model_controls.py" line="74"/>
        <source>&amp;Degree</source>
        <translation>次数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="75"/>
        <source>L&amp;1 strength</source>
        <translation>L1 强度(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="76"/>
        <source>L&amp;2 strength</source>
        <translation>L2 强度(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="77"/>
        <source>Click &amp;noise σ</source>
        <translation>点击噪声 σ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="78"/>
        <source>&amp;Basis</source>
        <translation>基函数(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="82"/>
        <source>Monomial  zᵏ</source>
        <translation>单项式  zᵏ</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="83"/>
        <source>Legendre  Pₖ(z)</source>
        <translation>勒让德  Pₖ(z)</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="84"/>
        <source>Penalize the intercept coef₀</source>
        <translation>惩罚截距 coef₀</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="85"/>
        <source>Show the true function of generated data</source>
        <translation>显示生成数据的真实函数</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="88"/>
        <source>Degree D of f(x) = Σₖ coefₖ φₖ(z), k = 0..D: D + 1 coefficients. A high degree with few points overfits.</source>
        <translation>f(x) = Σₖ coefₖ φₖ(z)（k = 0..D）的次数 D，共 D + 1 个系数。次数高而点少时会过拟合。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="94"/>
        <source>λ₁ in the penalty λ₁ Σ |coefₖ| (lasso). Pushes coefficients to exactly zero. Leftmost = off (0); type any number &gt;= 0 in the box.</source>
        <translation>惩罚项 λ₁ Σ |coefₖ|（Lasso）中的 λ₁。会把系数压到恰好为零。滑块最左端 = 关闭（0）；也可在输入框中输入任意 &gt;= 0 的数。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="100"/>
        <source>λ₂ in the penalty λ₂ Σ coefₖ² (ridge). Shrinks all coefficients smoothly. Leftmost = off (0); type any number &gt;= 0 in the box.</source>
        <translation>惩罚项 λ₂ Σ coefₖ²（岭回归）中的 λ₂。让所有系数平滑地缩小。滑块最左端 = 关闭（0）；也可在输入框中输入任意 &gt;= 0 的数。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="106"/>
        <source>Play: raise the degree step by step to {0} and watch the curve (from 0 if it is already there). Press again to stop; Undo takes the whole run back.</source>
        <translation>播放：把次数一步步升到 {0}，观察曲线（若已在最高处则从 0 开始）。再按一次停止；撤销会一次撤回整段播放。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="110"/>
        <source>λ₁</source>
        <translation>λ₁</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="110"/>
        <source>λ₂</source>
        <translation>λ₂</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="113"/>
        <source>Play: raise {0} step by step (a quarter decade at a time) up to 100 and watch the curve calm down. Press again to stop; Undo takes the whole run back.</source>
        <translation>播放：把 {0} 一步步增大（每步四分之一个数量级）直到 100，观察曲线逐渐平缓。再按一次停止；撤销会一次撤回整段播放。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="120"/>
        <source>Standard deviation of the Gaussian noise added to y of each clicked point (0 places points exactly at the cursor).</source>
        <translation>单击添加的每个点的 y 上所加高斯噪声的标准差（为 0 时点正好落在光标处）。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="126"/>
        <source>Basis functions of z = 2(x − lo)/(hi − lo) − 1. Both give the same least-squares curve; penalties act on the coefficients, so they differ with L1/L2.</source>
        <translation>以 z = 2(x − lo)/(hi − lo) − 1 为自变量的基函数。两种基给出相同的最小二乘曲线；但惩罚作用在系数上，所以加了 L1/L2 后结果不同。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="131"/>
        <source>Include coef₀ in the L1 and L2 sums (off: the sums start at k = 1).</source>
        <translation>将 coef₀ 计入 L1 和 L2 的求和（关闭时从 k = 1 开始求和）。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="134"/>
        <source>Draw the noise-free function the generator samples, for comparison.</source>
        <translation>画出数据生成器采样所用的无噪声函数，以便对照。</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="161"/>
        <source>Change degree</source>
        <translation>更改次数</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="164"/>
        <source>Change L1 strength</source>
        <translation>更改 L1 强度</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="167"/>
        <source>Change L2 strength</source>
        <translation>更改 L2 强度</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="170"/>
        <source>Change click noise</source>
        <translation>更改点击噪声</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="173"/>
        <source>Change basis</source>
        <translation>更改基函数</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="176"/>
        <source>Penalize intercept</source>
        <translation>惩罚截距</translation>
    </message>
    <message>
        <location filename="../../gui/model_controls.py" line="179"/>
        <source>Show true function</source>
        <translation>显示真实函数</translation>
    </message>
</context>
<context>
    <name>OutcomeChartBox</name>
    <message>
        <location filename="../../gui/entropy/chart_box.py" line="85"/>
        <source>Per outcome: p and surprisal −log p</source>
        <translation>各结果：p 与自信息 −log p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/chart_box.py" line="116"/>
        <source>Each outcome&apos;s probability and how surprising it is, side by side.</source>
        <translation>并排显示每个结果的概率及其意外程度。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/chart_box.py" line="120"/>
        <source>Top: probability pᵢ of each outcome. Bottom: its surprisal −log_b pᵢ; rare outcomes are more surprising, and H is the p-weighted mean of the bottom bars. A triangle marks an outcome with p = 0, whose surprisal is infinite. The mouse wheel scrolls the panel; Ctrl+wheel zooms along the outcomes, and dragging moves along them.</source>
        <translation>上：每个结果的概率 pᵢ。下：它的自信息 −log_b pᵢ；越罕见的结果越令人意外，H 就是下方各柱按 p 加权的平均值。三角形标出 p = 0 的结果，其自信息为无穷大。鼠标滚轮滚动面板；Ctrl+滚轮沿结果方向缩放，拖动则沿结果方向移动。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/chart_box.py" line="136"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/chart_box.py" line="139"/>
        <source>−log p ({unit})</source>
        <translation>−log p ({unit})</translation>
    </message>
</context>
<context>
    <name>PathPanel</name>
    <message>
        <location filename="../../gui/path_panel.py" line="169"/>
        <source>Symmetric log</source>
        <translation>对称对数</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="172"/>
        <source>Draw asinh(coefₖ / s): linear near 0 (|coefₖ| &lt; s), logarithmic beyond, and keeping the sign, so that 0.01 and 10⁵ fit on one axis. Off: plain coefₖ.</source>
        <translation>绘制 asinh(coefₖ / s)：在 0 附近（|coefₖ| &lt; s）是线性的，更远处是对数的，并保留正负号，使 0.01 和 10⁵ 能画在同一坐标轴上。关闭时：直接画 coefₖ。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="178"/>
        <source>Colour: k = 0 violet … k = D yellow · &lt;span style=&apos;color:{0}&apos;&gt;✕&lt;/span&gt; drops to exactly 0</source>
        <translation>颜色：k = 0 紫色 … k = D 黄色 · &lt;span style=&apos;color:{0}&apos;&gt;✕&lt;/span&gt; 降到恰为 0</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="183"/>
        <source>Regularization path: each line is one coefficient coefₖ of the exact fit at the current degree, as the penalty strength λ grows (log axis). L2 shrinks all of them smoothly towards 0; L1 sets them exactly to 0 one after another. Dashed line: the current λ.</source>
        <translation>正则化路径：每条线是当前次数下精确拟合的一个系数 coefₖ 随惩罚强度 λ 增大（对数轴）的变化。L2 让所有系数平滑地趋向 0；L1 让它们一个接一个地变为恰好 0。虚线：当前 λ。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="190"/>
        <source>Coefficients with coefₖ = 0 exactly at the current λ.</source>
        <translation>在当前 λ 下 coefₖ 恰好等于 0 的系数。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="191"/>
        <source>Point at a line to read its coefficient.</source>
        <translation>鼠标指向曲线即可读出其系数。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="192"/>
        <source>coefₖ</source>
        <translation>coefₖ</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="348"/>
        <source>Path of the {0} coefficients at D = {1}</source>
        <translation>D = {1} 时 {0} 个系数的路径</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="354"/>
        <source>No fit yet: add training points.</source>
        <translation>尚无拟合：请添加训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="357"/>
        <source>At the current λ = {0}: {1} of {2} coefficients exactly zero</source>
        <translation>当前 λ = {0}：{2} 个系数中有 {1} 个恰为零</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="362"/>
        <source>Could not compute the path: {0}</source>
        <translation>无法计算路径：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="364"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="367"/>
        <source>Point at a line to read its value.</source>
        <translation>鼠标指向曲线即可读出其值。</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="371"/>
        <source>0 exactly</source>
        <translation>恰为 0</translation>
    </message>
    <message>
        <location filename="../../gui/path_panel.py" line="372"/>
        <source>coef{0} = {1} at λ = {2}</source>
        <translation>λ = {2} 时 coef{0} = {1}</translation>
    </message>
</context>
<context>
    <name>PlaneCoefficientPanel</name>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="69"/>
        <source>Log scale</source>
        <extracomment>Up to this many features each bar is labelled with its monomial (degree 3).</extracomment>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="72"/>
        <source>Bar heights on a log scale: log₁₀ |wₖ|. Exact zeros have no logarithm and keep their ring at the bottom.</source>
        <translation>柱高用对数坐标：log₁₀ |wₖ|。恰为零的权重没有对数，它们的圆圈留在底部。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="78"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt;&amp;nbsp;wₖ&amp;nbsp;&amp;gt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt;&amp;nbsp;wₖ&amp;nbsp;&amp;lt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;○&lt;/span&gt;&amp;nbsp;exactly&amp;nbsp;0</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt;&amp;nbsp;wₖ&amp;nbsp;&amp;gt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt;&amp;nbsp;wₖ&amp;nbsp;&amp;lt;&amp;nbsp;0 &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;○&lt;/span&gt;&amp;nbsp;恰为&amp;nbsp;0</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="84"/>
        <source>One bar per weight of f = Σₖ wₖ φₖ(z₁, z₂), in the order 1, x₁, x₂, x₁², x₁x₂, x₂², x₁³, …: height |wₖ|, colour the sign. Large weights let the boundary bend around single points (overfitting); L2 shrinks them, L1 sets some exactly to 0. With many features the axis marks where each degree i + j begins.</source>
        <translation>f = Σₖ wₖ φₖ(z₁, z₂) 的每个权重一根柱，顺序为 1、x₁、x₂、x₁²、x₁x₂、x₂²、x₁³、…：柱高是 |wₖ|，颜色表示符号。权重大时，边界能绕着单个点弯曲（过拟合）；L2 让它们变小，L1 把其中一些精确地置为 0。特征很多时，横轴标出每个次数 i + j 的起点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="93"/>
        <source>Exactly zero: weights with wₖ = 0 exactly (L1 removes those monomials). Largest: maxₖ |wₖ|.</source>
        <translation>恰为零：wₖ 恰好等于 0 的权重（L1 去掉了这些单项式）。最大：maxₖ |wₖ|。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="97"/>
        <location filename="../../gui/plane_coefficients.py" line="145"/>
        <source>Point at a bar to read its monomial and weight.</source>
        <translation>鼠标指向柱即可读出其单项式和权重。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="99"/>
        <source>|wₖ|</source>
        <translation>|wₖ|</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="116"/>
        <source>feature (grouped by degree i + j)</source>
        <translation>特征（按次数 i + j 分组）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="117"/>
        <source>feature φₖ = z₁ⁱ z₂ʲ</source>
        <translation>特征 φₖ = z₁ⁱ z₂ʲ</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="133"/>
        <source>No fit yet: add training points of both classes.</source>
        <translation>尚无拟合：请添加两个类别的训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="137"/>
        <source>Exactly zero: {0} of {1} · largest |w|: {2}</source>
        <translation>恰为零：{0} / {1} · 最大 |w|：{2}</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="150"/>
        <source>w for {0} = 0 exactly (monomial switched off)</source>
        <translation>{0} 的权重 w = 0（该单项式被关掉）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_coefficients.py" line="152"/>
        <source>w for {0} = {1}</source>
        <translation>{0} 的权重 w = {1}</translation>
    </message>
</context>
<context>
    <name>PlaneCommands</name>
    <message>
        <location filename="../../gui/plane_commands.py" line="30"/>
        <source>Classification: add test point of class {0}</source>
        <translation>分类：添加类别 {0} 的测试点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_commands.py" line="36"/>
        <source>Classification: add point of class {0}</source>
        <translation>分类：添加类别 {0} 的点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_commands.py" line="60"/>
        <source>Classification: remove point</source>
        <translation>分类：删除点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_commands.py" line="63"/>
        <source>Classification: remove {0} points</source>
        <translation>分类：删除 {0} 个点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_commands.py" line="95"/>
        <source>Classification: move point</source>
        <translation>分类：移动点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_commands.py" line="156"/>
        <source>Classification: change generator settings</source>
        <translation>分类：更改生成器设置</translation>
    </message>
</context>
<context>
    <name>PlaneGeneratorControls</name>
    <message>
        <location filename="../../gui/plane_generator.py" line="46"/>
        <source>Circles: a ring inside a ring</source>
        <translation>同心圆：环中有环</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="47"/>
        <source>class 1 on the inner ring (radius 0.4), class 0 on the outer (radius 1)</source>
        <translation>类别 1 在内环上（半径 0.4），类别 0 在外环上（半径 1）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="50"/>
        <source>XOR: opposite quadrants</source>
        <translation>异或：对角象限</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="51"/>
        <source>class 1 where x₁ x₂ &gt; 0, class 0 where x₁ x₂ &lt; 0</source>
        <translation>x₁ x₂ &gt; 0 处为类别 1，x₁ x₂ &lt; 0 处为类别 0</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="53"/>
        <source>Two moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="53"/>
        <source>two interleaving half circles</source>
        <translation>两个相互交错的半圆</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="55"/>
        <source>Two blobs</source>
        <translation>两团点云</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="56"/>
        <source>two round Gaussian clouds; the noise is their spread</source>
        <translation>两团圆形的高斯点云；噪声即其散布程度</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="59"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="60"/>
        <source>two interleaved spiral arms: hard for low degrees</source>
        <translation>两条交错的螺旋臂：低次模型很难分开</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="70"/>
        <source>&amp;Pattern</source>
        <translation>图案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="71"/>
        <source>&amp;Training points</source>
        <translation>训练点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="72"/>
        <source>T&amp;est points</source>
        <translation>测试点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="73"/>
        <source>Noise &amp;σ</source>
        <translation>噪声 &amp;σ</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="74"/>
        <source>See&amp;d</source>
        <translation>种子(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="79"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="82"/>
        <source>Replace all points of this lab by a fresh sample of the pattern, half of each class, with Gaussian noise on both coordinates (Ctrl+G).</source>
        <translation>用该图案的一组新样本替换本实验的所有点，两类各占一半，两个坐标都加高斯噪声（Ctrl+G）。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="87"/>
        <source>Held-out points: never used for fitting, only to measure test accuracy.</source>
        <translation>留出的点：从不参与拟合，只用来衡量测试准确率。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="89"/>
        <source>The same seed always gives the same points.</source>
        <translation>相同的种子总是生成相同的点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="91"/>
        <source>Standard deviation of the Gaussian noise added to x₁ and x₂ of each point.</source>
        <translation>加到每个点 x₁ 和 x₂ 上的高斯噪声的标准差。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_generator.py" line="99"/>
        <source>Classification: generate data</source>
        <translation>分类：生成数据</translation>
    </message>
</context>
<context>
    <name>PlaneIO</name>
    <message>
        <location filename="../../gui/plane_io.py" line="37"/>
        <source>Import points of two classes</source>
        <translation>导入两类数据点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_io.py" line="40"/>
        <source>Export points of two classes</source>
        <translation>导出两类数据点</translation>
    </message>
    <message>
        <location filename="../../gui/plane_io.py" line="52"/>
        <source>Classification: import points</source>
        <translation>分类：导入数据点</translation>
    </message>
</context>
<context>
    <name>PlaneLab</name>
    <message>
        <location filename="../../gui/plane_lab.py" line="140"/>
        <source>Classifier</source>
        <extracomment>The lab&apos;s key among the window&apos;s rooms.</extracomment>
        <translation>分类器</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="141"/>
        <source>Classifier numbers</source>
        <translation>分类器指标</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="142"/>
        <source>Two-class generator</source>
        <translation>两类数据生成器</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="143"/>
        <location filename="../../gui/plane_lab.py" line="192"/>
        <source>Lifted view</source>
        <translation>升维视图</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="144"/>
        <source>Classifier curves</source>
        <translation>分类器曲线</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="145"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="146"/>
        <source>K-means</source>
        <translation>K 均值</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="147"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="176"/>
        <source>Classification plane</source>
        <translation>分类平面</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="182"/>
        <source>Classifier weights</source>
        <translation>分类器权重</translation>
    </message>
    <message>
        <location filename="../../gui/plane_lab.py" line="188"/>
        <source>Classifier validation curves</source>
        <translation>分类器验证曲线</translation>
    </message>
</context>
<context>
    <name>PlaneModelControls</name>
    <message>
        <location filename="../../gui/plane_controls.py" line="113"/>
        <source>Clicks add</source>
        <extracomment>The class that clicks add must be plain at a glance (and on a projector): its button bold and framed, the other one light.</extracomment>
        <translation>单击添加</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="116"/>
        <source>Class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="119"/>
        <source>A click on the plane adds a point of class {0} (key {1}); Shift+click adds a held-out test point of that class.</source>
        <translation>在平面上单击添加一个类别 {0} 的点（按键 {1}）；Shift+单击添加该类别的一个留出测试点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="125"/>
        <source>&amp;Degree</source>
        <translation>次数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="126"/>
        <source>L&amp;1 strength</source>
        <translation>L1 强度(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="127"/>
        <source>L&amp;2 strength</source>
        <translation>L2 强度(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="128"/>
        <source>&amp;Basis</source>
        <translation>基函数(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="132"/>
        <source>Monomial  z₁ⁱ z₂ʲ</source>
        <translation>单项式  z₁ⁱ z₂ʲ</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="133"/>
        <source>Legendre  Pᵢ(z₁) Pⱼ(z₂)</source>
        <translation>勒让德  Pᵢ(z₁) Pⱼ(z₂)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="136"/>
        <source>Degree D: the features are every monomial z₁ⁱ z₂ʲ with i + j ≤ D, (D + 1)(D + 2)/2 of them (66 at D = 10). The classifier is linear in them; in the plane its boundary is a curve of degree D.</source>
        <translation>次数 D：特征是所有满足 i + j ≤ D 的单项式 z₁ⁱ z₂ʲ，共 (D + 1)(D + 2)/2 个（D = 10 时为 66 个）。分类器对这些特征是线性的；在平面上，它的边界是一条 D 次曲线。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="143"/>
        <source>λ₁ in the penalty λ₁ Σₖ₌₁ |wₖ| (the intercept w₀ is free). Sets weights to exactly zero: the boundary uses fewer monomials. Leftmost = off (0).</source>
        <translation>惩罚项 λ₁ Σₖ₌₁ |wₖ| 中的 λ₁（截距 w₀ 不受惩罚）。它把一些权重精确地置为零：边界用到的单项式更少。最左端 = 关闭（0）。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="149"/>
        <source>λ₂ in the penalty λ₂ Σₖ₌₁ wₖ² (the intercept w₀ is free). Shrinks every weight: the boundary calms down. Leftmost = off (0).</source>
        <translation>惩罚项 λ₂ Σₖ₌₁ wₖ² 中的 λ₂（截距 w₀ 不受惩罚）。它让所有权重都变小：边界变得平缓。最左端 = 关闭（0）。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="155"/>
        <source>Products of powers (monomials) or of Legendre polynomials of z₁ and z₂, the box mapped onto [−1, 1]². Without a penalty both give the same boundary; penalties act on the weights, so they differ with L1/L2.</source>
        <translation>z₁ 与 z₂ 的幂的乘积（单项式）或勒让德多项式的乘积，矩形区域映射到 [−1, 1]²。不加惩罚时两者给出相同的边界；惩罚作用在权重上，所以加 L1/L2 后两者不同。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="162"/>
        <source>p = σ(f),  f = Σₖ wₖ φₖ(z₁, z₂)
L(w) = (1/N) Σᵢ [log(1 + eᶠⁱ) − tᵢ fᵢ] + λ₁ Σ|wₖ| + λ₂ Σwₖ²</source>
        <translation>p = σ(f),  f = Σₖ wₖ φₖ(z₁, z₂)
L(w) = (1/N) Σᵢ [log(1 + eᶠⁱ) − tᵢ fᵢ] + λ₁ Σ|wₖ| + λ₂ Σwₖ²</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="168"/>
        <source>The objective minimized exactly: the mean cross-entropy (in nats) of the training labels tᵢ ∈ {0, 1} plus the penalties, which skip the intercept w₀.</source>
        <translation>被精确最小化的目标函数：训练标签 tᵢ ∈ {0, 1} 的平均交叉熵（以奈特为单位）加上惩罚项，惩罚项不含截距 w₀。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="192"/>
        <source>Classification: change degree</source>
        <translation>分类：更改次数</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="195"/>
        <source>Classification: change L1 strength</source>
        <translation>分类：更改 L1 强度</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="198"/>
        <source>Classification: change L2 strength</source>
        <translation>分类：更改 L2 强度</translation>
    </message>
    <message>
        <location filename="../../gui/plane_controls.py" line="201"/>
        <source>Classification: change basis</source>
        <translation>分类：更改基函数</translation>
    </message>
</context>
<context>
    <name>PlaneReadouts</name>
    <message>
        <location filename="../../gui/plane_readouts.py" line="134"/>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="136"/>
        <source>Share of training points on their own side of the boundary (class 1 predicted where f &gt; 0, that is p &gt; ½).</source>
        <translation>落在边界正确一侧的训练点所占的比例（f &gt; 0 即 p &gt; ½ 处预测为类别 1）。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="141"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="143"/>
        <source>The same over the held-out test points (Shift+click to add some). Falling while train accuracy rises: overfitting.</source>
        <translation>在留出的测试点上计算的同一指标（Shift+单击可添加测试点）。训练准确率上升而它下降：过拟合。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="148"/>
        <source>Train cross-entropy</source>
        <translation>训练交叉熵</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="150"/>
        <source>−(1/N) Σ [tᵢ log₂ pᵢ + (1 − tᵢ) log₂ (1 − pᵢ)]: the mean surprise of the true class under the model, in bits per point. 0 is a sure, right answer; 1 bit is a coin toss.</source>
        <translation>−(1/N) Σ [tᵢ log₂ pᵢ + (1 − tᵢ) log₂ (1 − pᵢ)]：在模型看来真实类别的平均“意外程度”，单位为每个点多少比特。0 表示确信且正确；1 比特相当于抛硬币。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="156"/>
        <source>Test cross-entropy</source>
        <translation>测试交叉熵</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="157"/>
        <source>The same over the held-out test points: how well p is calibrated there.</source>
        <translation>在留出的测试点上计算的同一指标：衡量 p 在那里是否可信。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="160"/>
        <source>Empirical risk (data term)</source>
        <translation>经验风险（数据项）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="162"/>
        <source>(1/N) Σ [log(1 + eᶠⁱ) − tᵢ fᵢ]: the training cross-entropy in nats (bits × ln 2), the loss the fit minimizes.</source>
        <translation>(1/N) Σ [log(1 + eᶠⁱ) − tᵢ fᵢ]：以奈特为单位的训练交叉熵（比特 × ln 2），即拟合所最小化的损失。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="167"/>
        <source>+ L1 penalty</source>
        <translation>+ L1 惩罚</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="168"/>
        <source>λ₁ Σ |wₖ| over every weight but the intercept w₀.</source>
        <translation>λ₁ Σ |wₖ|，对截距 w₀ 以外的所有权重求和。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="171"/>
        <source>+ L2 penalty</source>
        <translation>+ L2 惩罚</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="172"/>
        <source>λ₂ Σ wₖ² over every weight but the intercept w₀.</source>
        <translation>λ₂ Σ wₖ²，对截距 w₀ 以外的所有权重求和。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="175"/>
        <source>= Structural risk</source>
        <translation>= 结构风险</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="177"/>
        <source>L(w) = empirical risk + L1 penalty + L2 penalty: the quantity the fit minimizes exactly (certified by its optimality conditions).</source>
        <translation>L(w) = 经验风险 + L1 惩罚 + L2 惩罚：拟合精确最小化的量（由最优性条件验证）。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="182"/>
        <source>Exactly zero weights</source>
        <translation>恰为零的权重</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="183"/>
        <source>How many wₖ are exactly 0: L1 switches those monomials off.</source>
        <translation>有多少个 wₖ 恰好为 0：L1 把这些单项式关掉了。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="186"/>
        <source>Largest |w|</source>
        <translation>最大 |w|</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="188"/>
        <source>maxₖ |wₖ|: large weights make p jump from 0 to 1 across the boundary and let it bend around single points.</source>
        <translation>maxₖ |wₖ|：权重大时，p 在边界两侧从 0 陡然跳到 1，边界也能绕着单个点弯曲。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="199"/>
        <source>A model that ignores the position and only knows how often each class occurs does no better than this entropy; a useful classifier has a lower cross-entropy.</source>
        <translation>一个不看位置、只知道各类别出现频率的模型，交叉熵不会低于这个熵；有用的分类器的交叉熵应当更低。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="259"/>
        <source>No training points yet: click on the plane to add some, or generate data.</source>
        <translation>还没有训练点：在平面上单击添加，或生成数据。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="264"/>
        <source>{0} bits</source>
        <translation>{0} 比特</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="272"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="278"/>
        <source>The labels alone: H = {0} bits per point. &lt;a href=&apos;entropy&apos;&gt;Open in the entropy calculator&lt;/a&gt;</source>
        <translation>仅看标签：H = 每个点 {0} 比特。&lt;a href=&apos;entropy&apos;&gt;在熵计算器中打开&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="295"/>
        <source>Separable: without a penalty the weights grow without bound (no minimizer exists at degree {0}). Shown is the fit with a tiny ridge penalty {1} on every weight, whose boundary is close to the separating curve with the widest margin. Turn on L2 or L1 for a true minimizer.</source>
        <translation>可分：不加惩罚时权重会无限增大（在 {0} 次下不存在最小值点）。这里显示的是对所有权重加上极小的岭惩罚 {1} 后的拟合，其边界接近间隔最宽的那条分隔曲线。打开 L2 或 L1 惩罚即可得到真正的最小值点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="304"/>
        <source>One class only: every training point has the same label, so the intercept grows without bound. Shown is the fit with a tiny ridge penalty {0} on every weight. Add points of the other class.</source>
        <translation>只有一个类别：所有训练点标签相同，截距会无限增大。这里显示的是对所有权重加上极小的岭惩罚 {0} 后的拟合。请添加另一类别的点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="312"/>
        <source>Solver: reached its limit of {0} Newton steps before the optimality test passed; the fit shown may lie slightly above the minimum.</source>
        <translation>求解器：在通过最优性检验之前已达到 {0} 步牛顿迭代的上限；显示的拟合可能略高于最小值。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="319"/>
        <source>Solver: stopped after {0} steps because rounding kept its steps from lowering the structural risk, before the optimality test passed.</source>
        <translation>求解器：在通过最优性检验之前，因舍入误差使迭代无法继续降低结构风险，于 {0} 步后停止。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="326"/>
        <source>The training points are separable at degree {0}: without the penalty the weights would grow without bound. With it the minimizer exists and is shown.</source>
        <translation>训练点在 {0} 次下是可分的：如果没有惩罚，权重会无限增大。有了惩罚，最小值点存在，这里显示的就是它。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_readouts.py" line="332"/>
        <source>No test points: Shift+click to add held-out points.</source>
        <translation>没有测试点：Shift+单击可添加留出的测试点。</translation>
    </message>
</context>
<context>
    <name>PlaneValidationPanel</name>
    <message>
        <location filename="../../gui/plane_validation.py" line="204"/>
        <source>&amp;Error measure</source>
        <translation>误差度量(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="205"/>
        <source>Cross-entropy (bits per point)</source>
        <translation>交叉熵（每个点多少比特）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="206"/>
        <source>Error rate (share misclassified)</source>
        <translation>错误率（分错的比例）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="209"/>
        <source>Cross-entropy: −(1/n) Σ log₂ p(true class), what the fit minimizes (per point, in bits); it punishes confident mistakes. Error rate: the share of points on the wrong side of the boundary.</source>
        <translation>交叉熵：−(1/n) Σ log₂ p(真实类别)，即拟合所最小化的量（每个点，以比特计）；它会重罚自信的错误。错误率：落在边界错误一侧的点所占的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="214"/>
        <source>CV &amp;folds k</source>
        <translation>CV 折数 k(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="217"/>
        <source>k-fold cross-validation: the training points are split (each class spread evenly, fixed seed) into k parts; each part is predicted by the fit on the other k − 1, along the whole λ grid.</source>
        <translation>k 折交叉验证：把训练点分成 k 份（两类均匀分布，固定种子）；每一份都由另外 k − 1 份拟合出的模型来预测，对整个 λ 网格都这样做。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="222"/>
        <source>Use &amp;best λ</source>
        <translation>使用最佳 λ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="225"/>
        <source>Move the penalty slider to the λ with the smallest cross-validated cross-entropy (one undo step). With both penalties on, their ratio is kept.</source>
        <translation>把惩罚滑块移到交叉验证交叉熵最小的 λ（一步撤销）。两种惩罚都打开时，保持它们的比例不变。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="231"/>
        <source>The error of the exact fit at each degree D = 0..10 with the current λ₁ and λ₂. Training error keeps falling as D grows; test error falls, then rises once the boundary wraps around noise. Dashed line: the current degree.</source>
        <translation>在当前 λ₁ 和 λ₂ 下，每个次数 D = 0..10 的精确拟合的误差。随着 D 增大，训练误差不断下降；测试误差先降后升，一旦边界开始绕着噪声弯曲就会上升。虚线：当前次数。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="238"/>
        <source>The error against the penalty strength λ (log scale) at the current degree. Small λ: overfit; large λ: underfit (the boundary fades to the class balance). The cross-validated error (dashed) estimates the test error from the training points alone; ★ marks its minimum, the dashed line the current λ.</source>
        <translation>当前次数下误差随惩罚强度 λ（对数坐标）的变化。λ 小：过拟合；λ 大：欠拟合（边界淡化为只看类别比例）。交叉验证误差（虚线）只用训练点来估计测试误差；★ 标出它的最小值，竖虚线是当前 λ。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="244"/>
        <source>degree D</source>
        <translation>次数 D</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="284"/>
        <source>Classification: use best λ</source>
        <translation>分类：使用最佳 λ</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="324"/>
        <source>Could not compute the curves: {0}</source>
        <translation>无法计算曲线：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation_job.py" line="116"/>
        <source>cross-entropy (bits)</source>
        <extracomment>The y axes reach this far above the constant model&apos;s error.</extracomment>
        <translation>交叉熵（比特）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation_job.py" line="117"/>
        <source>error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="434"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;━&lt;/span&gt; train &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;━&lt;/span&gt; test &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;╍&lt;/span&gt; {3}-fold CV &amp;nbsp; &lt;span style=&apos;color:{4}&apos;&gt;★&lt;/span&gt; CV best</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;━&lt;/span&gt; 训练 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;━&lt;/span&gt; 测试 &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;╍&lt;/span&gt; {3} 折 CV &amp;nbsp; &lt;span style=&apos;color:{4}&apos;&gt;★&lt;/span&gt; CV 最佳</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="455"/>
        <source>Error vs degree at the current λ (dashed: D = {0})</source>
        <translation>误差随次数的变化，当前 λ 下（虚线：D = {0}）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="457"/>
        <source>λ off</source>
        <translation>λ 关闭</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="457"/>
        <source>λ = {0}</source>
        <translation>λ = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="460"/>
        <source>Error vs λ at D = {0} (dashed: {1})</source>
        <translation>D = {0} 时误差随 λ 的变化（虚线：{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="468"/>
        <source>Best λ by CV: —</source>
        <translation>CV 最佳 λ：—</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="472"/>
        <source>Best λ by CV: {0} (CV cross-entropy {1} bits, error rate {2})</source>
        <translation>CV 最佳 λ：{0}（CV 交叉熵 {1} 比特，错误率 {2}）</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="478"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="483"/>
        <source>No training points yet.</source>
        <translation>还没有训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="486"/>
        <source>Cross-validation needs at least 2 training points.</source>
        <translation>交叉验证至少需要 2 个训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/plane_validation.py" line="488"/>
        <source>No test points: Shift+click on the plane to add some.</source>
        <translation>没有测试点：在平面上 Shift+单击可添加。</translation>
    </message>
</context>
<context>
    <name>PointsIO</name>
    <message>
        <location filename="../../gui/points_io.py" line="274"/>
        <location filename="../../gui/points_io.py" line="294"/>
        <source>Import points</source>
        <translation>导入数据点</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="277"/>
        <source>Export points</source>
        <translation>导出数据点</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="282"/>
        <source>{0}: all x values equal {1}, so they span no domain.</source>
        <translation>{0}：所有 x 值都等于 {1}，无法构成定义域。</translation>
    </message>
    <message>
        <location filename="../../gui/points_io.py" line="288"/>
        <source>{0}: the range of x cannot be the domain: {1}</source>
        <translation>{0}：x 的取值范围不能作为定义域：{1}</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <location filename="../../gui/readouts.py" line="88"/>
        <source>Train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="89"/>
        <source>√((1/N) Σ (yᵢ − f(xᵢ))²) over the N training points.</source>
        <translation>在 N 个训练点上计算的 √((1/N) Σ (yᵢ − f(xᵢ))²)。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="92"/>
        <source>Test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="94"/>
        <source>The same over the held-out test points (Shift+click to add some). Rising while train RMSE falls: overfitting.</source>
        <translation>在留出的测试点上计算的同一个量（Shift+单击可添加测试点）。训练 RMSE 下降而它却上升：就是过拟合。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="99"/>
        <source>Empirical risk (data term)</source>
        <translation>经验风险（数据项）</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="100"/>
        <source>(1/N) Σ (yᵢ − f(xᵢ))²: the mean squared error on the training points.</source>
        <translation>(1/N) Σ (yᵢ − f(xᵢ))²：训练点上的均方误差。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="103"/>
        <source>+ L1 penalty</source>
        <translation>+ L1 惩罚</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="104"/>
        <source>λ₁ Σ |coefₖ|, k = 1..D (from k = 0 if the intercept is penalized).</source>
        <translation>λ₁ Σ |coefₖ|，k = 1..D（若惩罚截距，则从 k = 0 开始）。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="107"/>
        <source>+ L2 penalty</source>
        <translation>+ L2 惩罚</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="108"/>
        <source>λ₂ Σ coefₖ², k = 1..D (from k = 0 if the intercept is penalized).</source>
        <translation>λ₂ Σ coefₖ²，k = 1..D（若惩罚截距，则从 k = 0 开始）。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="111"/>
        <source>= Structural risk</source>
        <translation>= 结构风险</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="113"/>
        <source>L(coef) = empirical risk + L1 penalty + L2 penalty: the quantity the fit minimizes exactly.</source>
        <translation>L(coef) = 经验风险 + L1 惩罚 + L2 惩罚：拟合精确最小化的正是这个量。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="118"/>
        <source>Exactly zero coefficients</source>
        <translation>恰为零的系数</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="119"/>
        <source>How many coefₖ are exactly 0 (L1 switches features off).</source>
        <translation>恰好等于 0 的 coefₖ 个数（L1 会关掉一些特征）。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="122"/>
        <source>Largest |coef|</source>
        <translation>最大 |coef|</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="123"/>
        <source>maxₖ |coefₖ|: large coefficients make the curve swing.</source>
        <translation>maxₖ |coefₖ|：系数大会使曲线剧烈摆动。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="126"/>
        <source>Steepest slope max |f′(x)|</source>
        <translation>最大斜率 max |f′(x)|</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="128"/>
        <source>The largest |f′(x)| over the domain. An overfit curve needs steep swings to pass through noisy neighbours.</source>
        <translation>定义域上 |f′(x)| 的最大值。过拟合的曲线要穿过相邻的带噪声的点，只能陡峭地来回摆动。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="145"/>
        <source>No training points yet: click on the plot to add some, or generate data.</source>
        <translation>还没有训练点：在图上单击来添加，或者生成数据。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="157"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="167"/>
        <source>Not unique: {0} coefficients but the points pin down only {1} of them. Infinitely many curves fit equally well; this is the one with the smallest coefficients. Add points, lower the degree or add an L2 penalty.</source>
        <translation>解不唯一：共有 {0} 个系数，但这些点只能确定其中 {1} 个。有无穷多条曲线拟合得同样好；这里显示的是系数最小的那一条。请添加点、降低次数或加入 L2 惩罚。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="177"/>
        <source>Ill-conditioned beyond double precision (condition number {0}): the fit is unique in exact arithmetic, but some points are so close together that rounding hides part of what they determine. Lower the degree, use the Legendre basis or add a small penalty.</source>
        <translation>病态程度超出双精度所能分辨的范围（条件数 {0}）：在精确运算下拟合是唯一的，但有些点靠得太近，舍入误差掩盖了它们所确定的部分信息。请降低次数、改用勒让德基或加一点惩罚。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="186"/>
        <source>Ill-conditioned (condition number {0}): the fit is unique, but the features are nearly dependent, so tiny changes in the data move the coefficients a lot. The Legendre basis or a small penalty helps.</source>
        <translation>病态（条件数 {0}）：拟合是唯一的，但各特征几乎线性相关，数据的微小变化就会使系数大幅变动。改用勒让德基或加一点惩罚会有帮助。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="194"/>
        <source>Solver: stopped after {0} steps because rounding kept its steps from lowering the structural risk, before the optimality test passed. The fit shown is the best point found and may lie slightly above the minimum.</source>
        <translation>求解器：在通过最优性检验之前，因舍入误差使迭代无法继续降低结构风险，于 {0} 步后停止。显示的是找到的最佳点，可能略高于最小值。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="202"/>
        <source>Solver: reached its limit of {0} steps before the optimality test passed. The fit shown is the best point found and may lie slightly above the minimum.</source>
        <translation>求解器：在通过最优性检验之前已达到 {0} 步的上限。显示的是找到的最佳点，可能略高于最小值。</translation>
    </message>
    <message>
        <location filename="../../gui/readouts.py" line="207"/>
        <source>No test points: Shift+click to add held-out points.</source>
        <translation>没有测试点：Shift+单击可添加留出的测试点。</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="151"/>
        <source>Results</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="161"/>
        <source>Measures of how uncertain an outcome of p is.</source>
        <translation>衡量 p 的结果有多不确定的各项指标。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="164"/>
        <source>Entropy H</source>
        <translation>熵 H</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="166"/>
        <source>Shannon entropy H = −Σ pᵢ log_b pᵢ, with 0 · log 0 = 0: the mean surprisal of an outcome, in the chosen unit.</source>
        <translation>香农熵 H = −Σ pᵢ log_b pᵢ（约定 0 · log 0 = 0）：一个结果的平均自信息，以所选单位计。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="172"/>
        <source>Maximum log n</source>
        <translation>最大值 log n</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="174"/>
        <source>Maximum entropy log_b n: the entropy of n equally likely outcomes, the most uncertain distribution over n outcomes.</source>
        <translation>最大熵 log_b n：n 个等可能结果的熵，即 n 个结果上最不确定的分布的熵。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="180"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="182"/>
        <source>Efficiency H / log n: how close p is to uniform (100 %); the same in every unit. Defined as 100 % for a single outcome.</source>
        <translation>效率 H / log n：p 与均匀分布（100 %）有多接近；与单位无关。只有一个结果时定义为 100 %。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="188"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="190"/>
        <source>Perplexity 2^H (H in bits) = e^H (H in nats): the number of equally likely outcomes that would be just as uncertain.</source>
        <translation>困惑度 2^H（H 以比特计）= e^H（H 以奈特计）：具有同样不确定性的等可能结果的个数。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="196"/>
        <source>Fixed-length code</source>
        <translation>定长编码</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="198"/>
        <source>Fixed-length code size ⌈log₂ n⌉: the fewest binary digits that give each of the n outcomes its own code word of one common length.</source>
        <translation>定长编码长度 ⌈log₂ n⌉：给 n 个结果各分配一个互不相同、长度相同的码字所需的最少二进制位数。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="224"/>
        <source>1 binary digit per outcome</source>
        <translation>每个结果 1 位二进制</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entropy/results_box.py" line="226"/>
        <source>%n binary digits per outcome</source>
        <translation>
            <numerusform>每个结果 %n 位二进制</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="229"/>
        <source>One outcome needs no digits at all: 2&lt;sup&gt;0&lt;/sup&gt; = 1.</source>
        <translation>只有一个结果时完全不需要二进制位：2&lt;sup&gt;0&lt;/sup&gt; = 1。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="232"/>
        <source>1 binary digit tells 2&lt;sup&gt;1&lt;/sup&gt; = 2 values apart, enough for n = 2; with no digits there is only 1 value.</source>
        <translation>1 位二进制数能区分 2&lt;sup&gt;1&lt;/sup&gt; = 2 个值，足够 n = 2；没有二进制位时只有 1 个值。</translation>
    </message>
    <message>
        <location filename="../../gui/entropy/results_box.py" line="237"/>
        <source>{b} binary digits tell 2&lt;sup&gt;{b}&lt;/sup&gt; = {v} values apart, enough for n = {n}; {b1} would tell only {v1}.</source>
        <translation>{b} 位二进制数能区分 2&lt;sup&gt;{b}&lt;/sup&gt; = {v} 个值，足够 n = {n}；{b1} 位只能区分 {v1} 个。</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="89"/>
        <source>Load scenario “{0}”</source>
        <translation>载入场景“{0}”</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../gui/scenario_panel.py" line="75"/>
        <source>Each scenario sets up points and settings that show one idea:</source>
        <translation>每个场景都会布置好数据点和设置，用来演示一个概念：</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_panel.py" line="95"/>
        <source>Its explanation appears here: what to look at, and what to try next.</source>
        <translation>说明会显示在这里：该看什么，接下来可以试什么。</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <location filename="../../gui/document.py" line="89"/>
        <source>Open &amp;recent</source>
        <extracomment>A load that takes longer than this shows a progress dialog with Cancel.</extracomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="105"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="108"/>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="114"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="134"/>
        <source>The autosave was kept as {0}</source>
        <translation>自动保存的文件已保留为 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="136"/>
        <source>Restoring the autosaved session…</source>
        <translation>正在恢复自动保存的会话…</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="140"/>
        <source>Cannot restore the session</source>
        <translation>无法恢复会话</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="141"/>
        <source>{0} The autosave was kept as {1}</source>
        <translation>{0} 自动保存的文件已保留为 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="169"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="193"/>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="203"/>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="207"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="220"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="220"/>
        <location filename="../../gui/document.py" line="256"/>
        <source>Overfit Lab sessions (*.json)</source>
        <translation>Overfit Lab 会话 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="254"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="274"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../gui/document.py" line="284"/>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
</context>
<context>
    <name>StrengthControl</name>
    <message>
        <location filename="../../gui/slider_controls.py" line="247"/>
        <source>off</source>
        <extracomment>Play speeds: one degree per DEGREE_TICK_MS; a strength slider moves STRENGTH_STEP positions (a quarter decade) per STRENGTH_TICK_MS.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/slider_controls.py" line="252"/>
        <source>&apos;{0}&apos; is not a strength: type a number &gt;= 0 (0 turns it off).</source>
        <translation>“{0}”不是有效的强度：请输入 &gt;= 0 的数（0 表示关闭）。</translation>
    </message>
    <message>
        <location filename="../../gui/slider_controls.py" line="259"/>
        <source>&apos;{0}&apos; is too strong: a strength is at most {1:g}.</source>
        <translation>“{0}”太大：强度最多为 {1:g}。</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../gui/actions.py" line="113"/>
        <location filename="../../gui/actions.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="114"/>
        <location filename="../../gui/actions.py" line="126"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="119"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销：{0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="125"/>
        <source>&amp;Redo {0}</source>
        <translation>重做：{0}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../gui/validation_panel.py" line="144"/>
        <source>CV &amp;folds k</source>
        <translation>CV 折数 k(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="147"/>
        <source>k-fold cross-validation: the training points are split at random (fixed seed) into k parts; each part is predicted by the fit on the other k − 1. CV RMSE = √((1/N) Σᵢ (yᵢ − f₋fold(i)(xᵢ))²).</source>
        <translation>k 折交叉验证：训练点被随机（固定种子）分成 k 份；每一份都由在其余 k − 1 份上的拟合来预测。CV RMSE = √((1/N) Σᵢ (yᵢ − f₋fold(i)(xᵢ))²)。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="152"/>
        <source>&amp;Leave-one-out</source>
        <translation>留一法(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="155"/>
        <source>k = N: each point is predicted by the fit on all the others. For ridge this needs no refit: yᵢ − f₋ᵢ(xᵢ) = eᵢ / (1 − hᵢᵢ), hᵢᵢ the diagonal of the hat matrix.</source>
        <translation>k = N：每个点都由在其余所有点上的拟合来预测。对岭回归无需重新拟合：yᵢ − f₋ᵢ(xᵢ) = eᵢ / (1 − hᵢᵢ)，其中 hᵢᵢ 是帽子矩阵的对角元。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="160"/>
        <source>Use &amp;best λ</source>
        <translation>使用最佳 λ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="163"/>
        <source>Move the penalty slider to the λ with the smallest cross-validated error (one undo step). With both penalties on, their ratio is kept.</source>
        <translation>把惩罚滑块移到交叉验证误差最小的 λ（可一步撤销）。两种惩罚都开启时，保持它们的比例不变。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="168"/>
        <source>λ* = argmin over the grid of the cross-validated RMSE, and that RMSE.</source>
        <translation>λ* = 网格上交叉验证 RMSE 的 argmin，以及该 RMSE。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="212"/>
        <source>Use best λ</source>
        <translation>使用最佳 λ</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="335"/>
        <source>Could not compute the curves: {0}</source>
        <translation>无法计算曲线：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/validation_job.py" line="124"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../gui/validation_job.py" line="126"/>
        <source>leave-one-out CV</source>
        <translation>留一 CV</translation>
    </message>
    <message>
        <location filename="../../gui/validation_job.py" line="127"/>
        <source>{0}-fold CV</source>
        <translation>{0} 折 CV</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="319"/>
        <source>Best λ by CV: —</source>
        <translation>CV 最佳 λ：—</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="323"/>
        <source>Best λ by CV: {0} (CV RMSE {1})</source>
        <translation>CV 最佳 λ：{0}（CV RMSE {1}）</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="328"/>
        <source>best degree by CV: {0}</source>
        <translation>交叉验证选出的最佳次数：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="330"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="338"/>
        <source>No training points yet.</source>
        <translation>还没有训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="340"/>
        <source>Cross-validation needs at least 2 training points.</source>
        <translation>交叉验证至少需要 2 个训练点。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="342"/>
        <source>No test points: Shift+click on the plot to add some.</source>
        <translation>没有测试点：在图上 Shift+单击可添加。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_panel.py" line="347"/>
        <source>Leave-one-out with L1 refits once per point; with more than {0} points {1}-fold CV is used instead.</source>
        <translation>带 L1 的留一法要为每个点各重新拟合一次；超过 {0} 个点时改用 {1} 折 CV。</translation>
    </message>
</context>
<context>
    <name>ValidationPlots</name>
    <message>
        <location filename="../../gui/validation_plots.py" line="122"/>
        <source>degree D</source>
        <translation>次数 D</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="123"/>
        <location filename="../../gui/validation_plots.py" line="124"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="127"/>
        <source>RMSE = √((1/n) Σ (yᵢ − f(xᵢ))²) of the exact fit at each degree D = 0..30, with the current λ₁ and λ₂. Training error keeps falling as D grows; test error falls, then rises: overfitting. The cross-validated error (dashed) estimates the test error from the training points alone; ★ marks the degree it would choose. Dashed vertical line: the current degree.</source>
        <translation>在每个次数 D = 0..30 下、用当前的 λ₁ 和 λ₂ 精确拟合所得的 RMSE = √((1/n) Σ (yᵢ − f(xᵢ))²)。随着 D 增大，训练误差一直下降；测试误差先降后升：这就是过拟合。交叉验证误差（虚线）只用训练点来估计测试误差；★ 标出它会选择的次数。竖直虚线：当前次数。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="175"/>
        <source>Error vs degree at the current λ (dashed: D = {0})</source>
        <translation>误差随次数的变化，当前 λ 下（虚线：D = {0}）</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="180"/>
        <source>Error vs λ at D = {0} (dashed: {1})</source>
        <translation>D = {0} 时误差随 λ 的变化（虚线：{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="136"/>
        <source>RMSE against the penalty strength λ (log scale) at the current degree. Small λ: overfit (low train, high test error); large λ: underfit (both high). The cross-validated error (dashed) estimates the test error from the training points alone: each fold is predicted by a fit that did not see it. ★ marks its minimum; the dashed line the current λ.</source>
        <translation>当前次数下 RMSE 随惩罚强度 λ（对数坐标）的变化。λ 小：过拟合（训练误差低、测试误差高）；λ 大：欠拟合（两者都高）。交叉验证误差（虚线）只用训练点来估计测试误差：每一折都由没见过它的拟合来预测。★ 标出其最小值；竖虚线为当前 λ。</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="152"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;━&lt;/span&gt; train &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;━&lt;/span&gt; test &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;╍&lt;/span&gt; {3} &amp;nbsp; &lt;span style=&apos;color:{4}&apos;&gt;★&lt;/span&gt; CV best</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;━&lt;/span&gt; 训练 &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;━&lt;/span&gt; 测试 &amp;nbsp; &lt;span style=&apos;color:{2}&apos;&gt;╍&lt;/span&gt; {3} &amp;nbsp; &lt;span style=&apos;color:{4}&apos;&gt;★&lt;/span&gt; CV 最佳</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="177"/>
        <source>λ off</source>
        <translation>λ 关闭</translation>
    </message>
    <message>
        <location filename="../../gui/validation_plots.py" line="177"/>
        <source>λ = {0}</source>
        <translation>λ = {0}</translation>
    </message>
</context>
<context>
    <name>VarianceOverlay</name>
    <message>
        <location filename="../../gui/variance_overlay.py" line="156"/>
        <source>Bootstrap fits could not be computed: {0}</source>
        <translation>无法计算自助法拟合：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/variance_overlay.py" line="157"/>
        <source>{0} bootstrap fits: the spread is the variance</source>
        <translation>{0} 条自助法拟合曲线：散开的程度就是方差</translation>
    </message>
    <message>
        <location filename="../../gui/variance_overlay.py" line="162"/>
        <source>Faint curves: the same model fitted to {0} bootstrap resamples of the training points (drawn with replacement). A wide spread means high variance.</source>
        <translation>浅色曲线：同一个模型在训练点的 {0} 个自助重采样（有放回抽样）上分别拟合的结果。曲线越分散，方差越大。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../gui/actions.py" line="174"/>
        <source>&amp;New session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="174"/>
        <source>Start over with no points</source>
        <translation>清空所有点，重新开始</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="179"/>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="179"/>
        <source>Open a saved session</source>
        <translation>打开已保存的会话</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="182"/>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="182"/>
        <source>Save the session</source>
        <translation>保存当前会话</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="187"/>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="187"/>
        <source>Save the session under a new name</source>
        <translation>以新的文件名保存会话</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="192"/>
        <location filename="../../gui/actions.py" line="387"/>
        <source>&amp;Import points (CSV)…</source>
        <translation>从 CSV 导入数据点(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="199"/>
        <source>Write the points of the lab shown to a CSV file</source>
        <translation>把当前实验的点写入 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="257"/>
        <source>Remove every point of the lab shown</source>
        <translation>删除当前实验的所有点</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="264"/>
        <source>Replace the points of the lab shown by a fresh sample from its generator</source>
        <translation>用当前实验的生成器生成的新样本替换其所有点</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="272"/>
        <source>Show the whole domain (box) and every point</source>
        <translation>显示整个区间（矩形区域）和所有点</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="294"/>
        <source>&amp;Curve fitting</source>
        <translation>曲线拟合(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="294"/>
        <source>The curve-fitting lab</source>
        <translation>曲线拟合实验</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="298"/>
        <source>Cl&amp;assification</source>
        <translation>分类(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="299"/>
        <source>The classification lab: two classes in the plane, and K-means</source>
        <translation>分类实验：平面上的两类点，以及 K 均值</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="304"/>
        <source>&amp;Entropy calculator</source>
        <translation>熵计算器(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="304"/>
        <source>The entropy calculator</source>
        <translation>熵计算器</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="393"/>
        <source>Replace the classification lab&apos;s points by a CSV file&apos;s: columns x1, x2, label (0 or 1) and optionally role</source>
        <translation>用 CSV 文件中的点替换分类实验的点：列为 x1、x2、label（0 或 1），可选 role</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="396"/>
        <source>Replace the points by a CSV file&apos;s: columns x, y and optionally role</source>
        <translation>用 CSV 文件中的点替换现有的点：列为 x、y，可选 role</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="400"/>
        <source>Clicks add class &amp;{0}</source>
        <translation>单击添加类别 {0}(&amp;{0})</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="401"/>
        <source>A click on the classification plane adds a point of class {0}</source>
        <translation>在分类平面上单击添加一个类别 {0} 的点</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="198"/>
        <source>&amp;Export points (CSV)…</source>
        <translation>导出数据点到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="206"/>
        <source>Export i&amp;mage (PNG, SVG, PDF)…</source>
        <translation>导出图片（PNG、SVG、PDF）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="208"/>
        <source>Save a panel or the whole lab as a figure for slides and papers, with a caption stating the model</source>
        <translation>把某个面板或整个实验室保存为用于幻灯片和论文的图，并附上说明模型的图注</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="217"/>
        <source>Export anima&amp;tion (GIF)…</source>
        <translation>导出动画（GIF）(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="218"/>
        <source>Save a sweep of the degree, λ₁ or λ₂ as an animated GIF</source>
        <translation>把次数、λ₁ 或 λ₂ 的扫描保存为 GIF 动画</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="225"/>
        <source>Copy &amp;figure</source>
        <translation>复制图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="227"/>
        <source>Copy the figure of the panel under the mouse (else the data plot) to the clipboard, ready to paste into slides</source>
        <translation>把鼠标下方面板的图（否则为数据图）复制到剪贴板，可直接粘贴到幻灯片中</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="233"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="233"/>
        <source>Close Overfit Lab</source>
        <translation>关闭 Overfit Lab</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="242"/>
        <source>&amp;Delete selected points</source>
        <translation>删除选中的点(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="243"/>
        <source>Remove the selected points (Ctrl+click or Ctrl+drag selects)</source>
        <translation>删除选中的点（用 Ctrl+单击或 Ctrl+拖动来选择）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="250"/>
        <source>Select &amp;all points</source>
        <translation>选择所有点(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="257"/>
        <source>&amp;Clear all points</source>
        <translation>清除所有点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="263"/>
        <source>&amp;Generate data</source>
        <translation>生成数据(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="271"/>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="318"/>
        <source>Show &amp;variance (bootstrap fits)</source>
        <translation>显示方差（自助法重采样拟合）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="327"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="329"/>
        <source>Larger text, thicker curves, bigger points; secondary panels out of the way, for the back row of a lecture hall (F5 switches back)</source>
        <translation>字更大、线更粗、点更大；次要面板让开，让教室后排也看得清（按 F5 切换回来）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="339"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="339"/>
        <source>Use the whole screen, without a frame</source>
        <translation>占满整个屏幕，不显示窗口边框</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="346"/>
        <source>&amp;Concepts guide</source>
        <translation>概念指南(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="347"/>
        <source>Short illustrated pages on overfitting, regularization and entropy</source>
        <translation>关于过拟合、正则化和熵的简短图文讲解</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="351"/>
        <source>&amp;About Overfit Lab</source>
        <translation>关于 Overfit Lab(&amp;A)</translation>
    </message>
</context>
</TS>
