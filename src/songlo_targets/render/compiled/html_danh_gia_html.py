# Compiled by jinja2 from songlo_targets/templates/danh-gia.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'danh-gia.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_r = resolve('r')
    l_0_M = l_0_g = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'danh-gia.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_M = context.vars['M'] = environment.get_template('_macros.html.j2', 'danh-gia.html.j2')._get_default_module(context)
    context.exported_vars.discard('M')
    l_0_g = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rating')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    yield from parent_template.root_render_func(context)

def block_sheet_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rating'), 'by_quarters'):
        pass
        yield ' landscape'

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Kết quả đánh giá, xếp loại năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))

def block_doc_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    pass
    yield 'Kết quả đánh giá, xếp loại các cơ quan, đơn vị, địa phương<br>và người đứng đầu năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_namespace = resolve('namespace')
    l_0_q0 = resolve('q0')
    l_0_g = l_0_n = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_3 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_6 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_g = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rating')
    _block_vars['g'] = l_0_g
    yield '<p>Căn cứ kết quả thực hiện chỉ tiêu, nhiệm vụ năm '
    yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ' đến ngày '
    yield escape(environment.finalize(t_6(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ', '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả đánh giá, xếp loại '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'units')))
    yield ' cơ quan, đơn vị, địa phương và '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'heads')))
    yield ' người đứng đầu bằng sản phẩm cụ thể như sau:</p>\n\n<h2>I. TIÊU CHÍ VÀ KẾT QUẢ XẾP LOẠI</h2>\n<table>\n<thead><tr><th class="name">Mức xếp loại</th><th>Điều kiện (tỷ lệ trên số nhiệm vụ)</th><th>Số đơn vị theo kết quả</th><th>Số đơn vị đã quyết định</th></tr></thead>\n<tbody>\n'
    for l_1_l in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'levels'):
        l_1_parts = resolve('parts')
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize((environment.getattr(l_1_l, 'name') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
        yield '</td><td>'
        if t_7(environment.getattr(l_1_l, 'key')):
            pass
            yield 'Không có nhiệm vụ hoặc không đạt mức nào'
        else:
            pass
            l_1_parts = []
            _loop_vars['parts'] = l_1_parts
            if (not t_7(environment.getattr(l_1_l, 'done'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join((('hoàn thành ' if (environment.getattr(l_1_l, 'done') == 1) else 'hoàn thành ≥ '), t_4(environment.getattr(l_1_l, 'done')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'on_time'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join((('đúng hạn ' if (environment.getattr(l_1_l, 'on_time') == 1) else 'đúng hạn ≥ '), t_4(environment.getattr(l_1_l, 'on_time')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'exceeded'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join(('vượt yêu cầu ≥ ', t_4(environment.getattr(l_1_l, 'exceeded')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'done_below'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join(('hoàn thành dưới ', t_4(environment.getattr(l_1_l, 'done_below')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'late_at_most'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join(('chậm tiến độ ≤ ', t_4(environment.getattr(l_1_l, 'late_at_most')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'score'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join(('từ ', t_3(environment.getattr(l_1_l, 'score')), ' điểm', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_7(environment.getattr(l_1_l, 'score_below'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), markup_join(('dưới ', t_3(environment.getattr(l_1_l, 'score_below')), ' điểm', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            yield escape(environment.finalize((t_1(context.eval_ctx, (undefined(name='parts') if l_1_parts is missing else l_1_parts), '; ') or '—')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_3(environment.getattr(l_1_l, 'computed'))))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_3(environment.getattr(l_1_l, 'final'))))
        yield '</td></tr>\n'
    l_1_l = l_1_parts = l_1__ = missing
    yield '</tbody>\n</table>\n\n<h2>II. XẾP LOẠI CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG</h2>\n<table>\n<thead><tr><th class="stt">STT</th><th class="unit-name">Đơn vị</th><th>Số nhiệm vụ</th><th>Hoàn thành</th><th>Đúng hạn</th><th>Vượt yêu cầu</th><th>Tỷ lệ hoàn thành</th>'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield '<th>Quý I</th><th>Quý II</th><th>Quý III</th><th>Quý IV</th>'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '<th>Điểm</th>'
    yield '<th class="rating">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'computed', _block_vars=_block_vars)))
    yield '</th><th class="rating">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'final', _block_vars=_block_vars)))
    yield '</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_grp, l_1_loop in LoopContext(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '<tr class="group"><td class="c">'
        yield escape(environment.finalize(t_5(environment.getattr(l_1_loop, 'index'))))
        yield '</td><td colspan="'
        yield escape(environment.finalize(((9 if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored') else 8) + (4 if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters') else 0))))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_grp, 'name')))
        yield '</td></tr>\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_grp, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td class="c">'
            yield escape(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done_on_time'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'exceeded'))))
            yield '</td><td class="n">'
            if (not t_7(environment.getattr(environment.getattr(l_2_u, 'shares'), 'done'))):
                pass
                yield escape(environment.finalize(t_4(environment.getattr(environment.getattr(l_2_u, 'shares'), 'done'))))
            yield '</td>'
            if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
                pass
                for l_3_q in environment.getattr(l_2_u, 'quarter_scores'):
                    _loop_vars = {}
                    pass
                    yield '<td class="n">'
                    yield escape(environment.finalize(l_3_q))
                    yield '</td>'
                l_3_q = missing
            if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
                pass
                yield '<td class="n">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'score_text')))
                yield '</td>'
            yield '<td>'
            yield escape(environment.finalize((environment.getattr(l_2_u, 'computed') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
            yield '</td><td>'
            if environment.getattr(l_2_u, 'final'):
                pass
                if environment.getattr(l_2_u, 'differs'):
                    pass
                    yield '<b>'
                    yield escape(environment.finalize(environment.getattr(l_2_u, 'final')))
                    yield '</b>'
                else:
                    pass
                    yield escape(environment.finalize(environment.getattr(l_2_u, 'final')))
            elif environment.getattr(l_2_u, 'final_is_review'):
                pass
                yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars)))
            else:
                pass
                yield '<span class="muted">Chưa quyết định</span>'
            if environment.getattr(l_2_u, 'decision'):
                pass
                yield '<br><span class="ref">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'decision')))
                yield '</span>'
            if (environment.getattr(l_2_u, 'differs') and environment.getattr(l_2_u, 'note')):
                pass
                yield '<br><i class="note">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'note')))
                yield '</i>'
            yield '</td></tr>\n'
        l_2_loop = l_2_u = missing
    l_1_loop = l_1_grp = missing
    yield '</tbody>\n</table>\n\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '<p class="note"><i>Điểm: điểm kết quả nhiệm vụ cộng điểm tiêu chí; dấu * là chỉ có điểm kết quả nhiệm vụ (chưa ghi điểm tiêu chí, Ban Thường vụ xem xét).</i></p>\n'
    yield '<h2>III. XẾP LOẠI NGƯỜI ĐỨNG ĐẦU</h2>\n<p class="note muted">Nhiệm vụ của người đứng đầu: các nhiệm vụ do người đó phụ trách và các nhiệm vụ chung của tập thể đơn vị.</p>\n<table>\n<thead><tr><th>STT</th><th class="name">Chức danh, đơn vị</th><th>Số nhiệm vụ</th><th>Hoàn thành</th><th>Đúng hạn</th><th>Vượt yêu cầu</th>'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield '<th>Quý I</th><th>Quý II</th><th>Quý III</th><th>Quý IV</th>'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '<th>Điểm</th>'
    yield '<th class="rating">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'computed', _block_vars=_block_vars)))
    yield '</th><th class="rating">'
    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'final', _block_vars=_block_vars)))
    yield '</th></tr></thead>\n<tbody>\n'
    l_0_n = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), i=0, _block_vars=_block_vars)
    _block_vars['n'] = l_0_n
    for l_1_grp in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'groups'):
        _loop_vars = {}
        pass
        for l_2_u in environment.getattr(l_1_grp, 'units'):
            _loop_vars = {}
            pass
            for l_3_h in environment.getattr(l_2_u, 'heads'):
                _loop_vars = {}
                pass
                if not isinstance(l_0_n, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_n['i'] = (environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'i') + 1)
                yield '<tr><td class="c">'
                yield escape(environment.finalize(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'i')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_3_h, 'title')))
                if environment.getattr(l_3_h, 'name'):
                    pass
                    yield ' ('
                    yield escape(environment.finalize(environment.getattr(l_3_h, 'name')))
                    yield ')'
                yield '<br><span class="muted">'
                yield escape(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield '</span></td><td class="n">'
                yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'total'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'done'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'done_on_time'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'exceeded'))))
                yield '</td>'
                if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
                    pass
                    for l_4_q in environment.getattr(l_3_h, 'quarter_scores'):
                        _loop_vars = {}
                        pass
                        yield '<td class="n">'
                        yield escape(environment.finalize(l_4_q))
                        yield '</td>'
                    l_4_q = missing
                if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
                    pass
                    yield '<td class="n">'
                    yield escape(environment.finalize(environment.getattr(l_3_h, 'score_text')))
                    yield '</td>'
                yield '<td>'
                yield escape(environment.finalize((environment.getattr(l_3_h, 'computed') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
                yield '</td><td>'
                if environment.getattr(l_3_h, 'final'):
                    pass
                    yield escape(environment.finalize(environment.getattr(l_3_h, 'final')))
                elif environment.getattr(l_3_h, 'final_is_review'):
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars)))
                else:
                    pass
                    yield '<span class="muted">Chưa quyết định</span>'
                yield '</td></tr>\n'
            l_3_h = missing
        l_2_u = missing
    l_1_grp = missing
    yield '</tbody>\n</table>\n\n<h2>IV. TỶ LỆ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ</h2>\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'):
        pass
        l_0_q0 = environment.getitem(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'), 0)
        _block_vars['q0'] = l_0_q0
        yield '<p>Trong mỗi khối, số đơn vị xếp loại “'
        yield escape(environment.finalize(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level')))
        yield '” không quá '
        yield escape(environment.finalize(t_4(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'at_most'))))
        yield ' (làm tròn xuống) số đơn vị xếp loại “'
        yield escape(environment.finalize(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'of')))
        yield '” trở lên.</p>\n<table>\n<thead><tr><th class="name">Khối</th><th>Số đơn vị xếp loại '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'of'))))
        yield ' trở lên</th><th>Tối đa được xếp loại '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level'))))
        yield '</th><th>Số đơn vị xếp loại '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level'))))
        yield '</th><th>Kết quả</th></tr></thead>\n<tbody>\n'
        for l_1_q in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_q, 'group')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_q, 'of_count'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_q, 'allowed'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_q, 'count'))))
            yield '</td><td>'
            if environment.getattr(l_1_q, 'ok'):
                pass
                yield 'Trong giới hạn'
            else:
                pass
                yield '<b>Vượt '
                yield escape(environment.finalize(t_3(environment.getattr(l_1_q, 'excess'))))
                yield ': phải hạ '
                yield escape(environment.finalize(t_3(environment.getattr(l_1_q, 'excess'))))
                yield ' đơn vị xuống mức dưới</b>'
            yield '</td></tr>\n'
        l_1_q = missing
        yield '</tbody>\n</table>\n<p class="note muted">Tính trên xếp loại theo kết quả; Ban Thường vụ quyết định xếp loại cuối cùng trong giới hạn này.</p>\n'
    else:
        pass
        yield '<p>Tiêu chí xếp loại năm '
        yield escape(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
        yield ' không giới hạn tỷ lệ.</p>\n'

def block_signature(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_M = resolve('M')
    l_0_r = resolve('r')
    pass
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='M') if l_0_M is missing else l_0_M), 'signature'), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), _block_vars=_block_vars)))

blocks = {'sheet_class': block_sheet_class, 'title': block_title, 'doc_title': block_doc_title, 'content': block_content, 'signature': block_signature}
debug_info = '1=14&2=17&3=19&5=24&6=37&7=49&8=61&9=116&10=119&16=129&17=135&24=180&26=192&27=196&28=203&29=207&35=270&40=274&42=285&43=287&44=290&45=293&46=298&47=300&55=350&56=352&57=355&59=361&61=367&62=371&68=395&71=398'
