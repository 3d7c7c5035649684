# Compiled by jinja2 from songlo_targets/templates/danh-gia.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'danh-gia.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_namespace = resolve('namespace')
    l_0_q0 = resolve('q0')
    l_0_g = l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = l_0_doc_sub = l_0_n = missing
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
        t_5 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_6 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_7 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_g = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rating')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    l_0_number = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'BÁO CÁO'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Kết quả đánh giá, xếp loại các cơ quan, đơn vị, địa phương và người đứng đầu năm ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year'), ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    l_0_doc_sub = str_join(('(Số liệu tính đến ngày ', t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of')), ')', ))
    context.vars['doc_sub'] = l_0_doc_sub
    context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'danh-gia.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'g': l_0_g, 'kind': l_0_kind, 'n': l_0_n, 'number': l_0_number, 'place_date': l_0_place_date, 'q0': l_0_q0}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield 'Căn cứ kết quả thực hiện chỉ tiêu, nhiệm vụ năm '
    yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
    yield ' đến ngày '
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of'))))
    yield ', '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'name')))
    yield ' tổng hợp kết quả đánh giá, xếp loại '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'units')))
    yield ' cơ quan, đơn vị, địa phương và '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'heads')))
    yield ' người đứng đầu bằng sản phẩm cụ thể như sau:\n\n## I. TIÊU CHÍ VÀ KẾT QUẢ XẾP LOẠI\n\n| Mức xếp loại | Điều kiện (tỷ lệ trên số nhiệm vụ) | Số đơn vị theo kết quả | Số đơn vị đã quyết định |\n|:---|:---|---:|---:|\n'
    for l_1_l in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'levels'):
        l_1_parts = resolve('parts')
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize((environment.getattr(l_1_l, 'name') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
        yield ' | '
        if t_8(environment.getattr(l_1_l, 'key')):
            pass
            yield 'Không có nhiệm vụ hoặc không đạt mức nào'
        else:
            pass
            l_1_parts = []
            _loop_vars['parts'] = l_1_parts
            if (not t_8(environment.getattr(l_1_l, 'done'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join((('hoàn thành ' if (environment.getattr(l_1_l, 'done') == 1) else 'hoàn thành ≥ '), t_4(environment.getattr(l_1_l, 'done')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'on_time'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join((('đúng hạn ' if (environment.getattr(l_1_l, 'on_time') == 1) else 'đúng hạn ≥ '), t_4(environment.getattr(l_1_l, 'on_time')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'exceeded'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join(('vượt yêu cầu ≥ ', t_4(environment.getattr(l_1_l, 'exceeded')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'done_below'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join(('hoàn thành dưới ', t_4(environment.getattr(l_1_l, 'done_below')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'late_at_most'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join(('chậm tiến độ ≤ ', t_4(environment.getattr(l_1_l, 'late_at_most')), )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'score'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join(('từ ', t_3(environment.getattr(l_1_l, 'score')), ' điểm', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            if (not t_8(environment.getattr(l_1_l, 'score_below'))):
                pass
                l_1__ = context.call(environment.getattr((undefined(name='parts') if l_1_parts is missing else l_1_parts), 'append'), str_join(('dưới ', t_3(environment.getattr(l_1_l, 'score_below')), ' điểm', )), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_1__
            yield str(environment.finalize((t_1(context.eval_ctx, (undefined(name='parts') if l_1_parts is missing else l_1_parts), '; ') or '—')))
        yield ' | '
        yield str(environment.finalize(t_3(environment.getattr(l_1_l, 'computed'))))
        yield ' | '
        yield str(environment.finalize(t_3(environment.getattr(l_1_l, 'final'))))
        yield ' |\n'
    l_1_l = l_1_parts = l_1__ = missing
    yield '\n## II. XẾP LOẠI CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG\n\n| STT | Đơn vị | Số nhiệm vụ | Hoàn thành | Đúng hạn | Vượt yêu cầu | Tỷ lệ hoàn thành |'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield ' Quý I | Quý II | Quý III | Quý IV |'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield ' Điểm |'
    yield ' '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'computed')))
    yield ' | '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'final')))
    yield ' |\n|:---:|:---|---:|---:|---:|---:|---:|'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield '---:|---:|---:|---:|'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '---:|'
    yield ':---|:---|\n'
    l_1_loop = missing
    for l_1_grp, l_1_loop in LoopContext(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield '| **'
        yield str(environment.finalize(t_6(environment.getattr(l_1_loop, 'index'))))
        yield '** | **'
        yield str(environment.finalize(environment.getattr(l_1_grp, 'name')))
        yield '** | | | | | |'
        if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
            pass
            yield ' | | | |'
        if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
            pass
            yield ' |'
        yield ' | |\n'
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_grp, 'units'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'total'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'done_on_time'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_2_u, 'counts'), 'exceeded'))))
            yield ' | '
            yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_2_u, 'shares'), 'done'))))
            yield ' |'
            if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
                pass
                for l_3_q in environment.getattr(l_2_u, 'quarter_scores'):
                    _loop_vars = {}
                    pass
                    yield ' '
                    yield str(environment.finalize(l_3_q))
                    yield ' |'
                l_3_q = missing
            if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
                pass
                yield ' '
                yield str(environment.finalize(environment.getattr(l_2_u, 'score_text')))
                yield ' |'
            yield ' '
            yield str(environment.finalize((environment.getattr(l_2_u, 'computed') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
            yield ' | '
            if environment.getattr(l_2_u, 'final'):
                pass
                if environment.getattr(l_2_u, 'differs'):
                    pass
                    yield '**'
                    yield str(environment.finalize(environment.getattr(l_2_u, 'final')))
                    yield '**'
                else:
                    pass
                    yield str(environment.finalize(environment.getattr(l_2_u, 'final')))
            elif environment.getattr(l_2_u, 'final_is_review'):
                pass
                yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars)))
            else:
                pass
                yield '*Chưa quyết định*'
            if environment.getattr(l_2_u, 'decision'):
                pass
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_2_u, 'decision')))
                yield ')'
            if (environment.getattr(l_2_u, 'differs') and environment.getattr(l_2_u, 'note')):
                pass
                yield '<br>*'
                yield str(environment.finalize(environment.getattr(l_2_u, 'note')))
                yield '*'
            yield ' |\n'
        l_2_loop = l_2_u = missing
    l_1_loop = l_1_grp = missing
    yield '\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '*Điểm: điểm kết quả nhiệm vụ cộng điểm tiêu chí; dấu \\* là chỉ có điểm kết quả nhiệm vụ (chưa ghi điểm tiêu chí, Ban Thường vụ xem xét).*\n\n'
    yield '## III. XẾP LOẠI NGƯỜI ĐỨNG ĐẦU\n\n*Nhiệm vụ của người đứng đầu: các nhiệm vụ do người đó phụ trách và các nhiệm vụ chung của tập thể đơn vị.*\n\n| STT | Chức danh, đơn vị | Số nhiệm vụ | Hoàn thành | Đúng hạn | Vượt yêu cầu |'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield ' Quý I | Quý II | Quý III | Quý IV |'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield ' Điểm |'
    yield ' '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'computed')))
    yield ' | '
    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating-field', 'final')))
    yield ' |\n|:---:|:---|---:|---:|---:|---:|'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
        pass
        yield '---:|---:|---:|---:|'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
        pass
        yield '---:|'
    yield ':---|:---|\n'
    l_0_n = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), i=0)
    context.vars['n'] = l_0_n
    context.exported_vars.add('n')
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
                yield '| '
                yield str(environment.finalize(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'i')))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_3_h, 'title')))
                if environment.getattr(l_3_h, 'name'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_3_h, 'name')))
                    yield ')'
                yield ', '
                yield str(environment.finalize(environment.getattr(l_2_u, 'name')))
                yield ' | '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'total'))))
                yield ' | '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'done'))))
                yield ' | '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'done_on_time'))))
                yield ' | '
                yield str(environment.finalize(t_3(environment.getattr(environment.getattr(l_3_h, 'counts'), 'exceeded'))))
                yield ' |'
                if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'by_quarters'):
                    pass
                    for l_4_q in environment.getattr(l_3_h, 'quarter_scores'):
                        _loop_vars = {}
                        pass
                        yield ' '
                        yield str(environment.finalize(l_4_q))
                        yield ' |'
                    l_4_q = missing
                if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'scored'):
                    pass
                    yield ' '
                    yield str(environment.finalize(environment.getattr(l_3_h, 'score_text')))
                    yield ' |'
                yield ' '
                yield str(environment.finalize((environment.getattr(l_3_h, 'computed') or context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars))))
                yield ' | '
                if environment.getattr(l_3_h, 'final'):
                    pass
                    yield str(environment.finalize(environment.getattr(l_3_h, 'final')))
                elif environment.getattr(l_3_h, 'final_is_review'):
                    pass
                    yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'rating', 'review', _loop_vars=_loop_vars)))
                else:
                    pass
                    yield '*Chưa quyết định*'
                yield ' |\n'
            l_3_h = missing
        l_2_u = missing
    l_1_grp = missing
    yield '\n## IV. TỶ LỆ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ\n\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'):
        pass
        l_0_q0 = environment.getitem(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'), 0)
        context.vars['q0'] = l_0_q0
        context.exported_vars.add('q0')
        yield 'Trong mỗi khối, số đơn vị xếp loại “'
        yield str(environment.finalize(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level')))
        yield '” không quá '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'at_most'))))
        yield ' (làm tròn xuống) số đơn vị xếp loại “'
        yield str(environment.finalize(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'of')))
        yield '” trở lên.\n\n| Khối | Số đơn vị xếp loại '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'of'))))
        yield ' trở lên | Tối đa được xếp loại '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level'))))
        yield ' | Số đơn vị xếp loại '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='q0') if l_0_q0 is missing else l_0_q0), 'level'))))
        yield ' | Kết quả |\n|:---|---:|---:|---:|:---|\n'
        for l_1_q in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'quota'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_q, 'group')))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_q, 'of_count'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_q, 'allowed'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_q, 'count'))))
            yield ' | '
            if environment.getattr(l_1_q, 'ok'):
                pass
                yield 'Trong giới hạn'
            else:
                pass
                yield '**Vượt '
                yield str(environment.finalize(t_3(environment.getattr(l_1_q, 'excess'))))
                yield ': phải hạ '
                yield str(environment.finalize(t_3(environment.getattr(l_1_q, 'excess'))))
                yield ' đơn vị xuống mức dưới**'
            yield ' |\n'
        l_1_q = missing
        yield '\n*Tính trên xếp loại theo kết quả; Ban Thường vụ quyết định xếp loại cuối cùng trong giới hạn này.*\n'
    else:
        pass
        yield 'Tiêu chí xếp loại năm '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'year')))
        yield ' không giới hạn tỷ lệ.\n'
    yield '\n'
    template = environment.get_template('_signature.md.j2', 'danh-gia.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'g': l_0_g, 'kind': l_0_kind, 'n': l_0_n, 'number': l_0_number, 'place_date': l_0_place_date, 'q0': l_0_q0}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=64&2=67&3=70&4=73&5=76&6=79&7=82&8=89&14=99&15=105&20=150&21=161&22=169&23=173&24=185&25=189&29=250&37=254&38=265&39=272&40=275&41=278&42=281&43=286&44=288&51=338&52=340&53=344&55=350&57=356&58=360&63=384&66=387'
